# WeakMethod: a weak reference to a bound method that lives as long as both its object and its
# function (a plain ref to a bound method dies with the temporary method object).
import gc
import weakref


class Counter:
    def __init__(self, name):
        self.name = name
        self.count = 0

    def bump(self, by=1):
        self.count += by
        return self.count


c = Counter("c")
wm = weakref.WeakMethod(c.bump)
print(type(wm).__name__, isinstance(wm, weakref.ref), wm()(), wm()(5), c.count)
m = wm()
print(m.__self__ is c, m.__func__ is Counter.bump, m == c.bump)
del m

# equality: by object and function while alive
wm2 = weakref.WeakMethod(c.bump)
other = Counter("other")
print(wm == wm2, wm != wm2, wm == weakref.WeakMethod(other.bump), hash(wm) == hash(wm2), wm == 1)

# the callback runs once, when the object (or the function) goes
calls = []
wm3 = weakref.WeakMethod(c.bump, lambda r: calls.append(r is wm3))
del c
gc.collect()
print(wm(), wm3(), calls, wm == wm2, wm != wm2, wm == wm)

