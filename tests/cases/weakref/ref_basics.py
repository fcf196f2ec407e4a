# weakref.ref: calling it gives the referent while it lives, None once it is gone. CPython frees an
# object as soon as its last reference goes; Taipan when the collector finds it unreachable:
# gc.collect() makes both reach the same point.
import gc
import re
import weakref


def show(x):
    print(re.sub(r"0x[0-9a-f]+", "0x?", repr(x)))


class C:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "C(%s)" % self.name


c = C("a")
r = weakref.ref(c)
print(r() is c, r().name)
show(r)

# a ref without a callback is handed out again while it lives
print(weakref.ref(c) is r, weakref.ref(c, None) is r)
r2 = weakref.ref(c, lambda ref: None)
print(r2 is r, r2() is c)
print(weakref.getweakrefcount(c), c.__weakref__ is r)

# getweakrefs: the basic ref, the basic proxy, then the others newest first
p = weakref.proxy(c)
r3 = weakref.ref(c, lambda ref: None)
p2 = weakref.proxy(c, lambda ref: None)
names = {id(r): "r", id(r2): "r2", id(r3): "r3", id(p): "p", id(p2): "p2"}
print([names[id(x)] for x in weakref.getweakrefs(c)])
print(weakref.proxy(c) is p, weakref.getweakrefcount(c))
del r2, r3, p2
gc.collect()
print(weakref.getweakrefcount(c), [names[id(x)] for x in weakref.getweakrefs(c)])

del c
gc.collect()
print(r(), r() is None)
show(r)
print(weakref.getweakrefcount(1), weakref.getweakrefs("x"))

# callbacks run when the referent goes, newest first, with the dead ref as argument
d = C("d")
order = []


def make_cb(tag):
    def cb(ref):
        order.append((tag, ref() is None, ref.__callback__))
    return cb


refs = [weakref.ref(d, make_cb(i)) for i in range(3)]
print([x.__callback__.__name__ for x in refs])
del d
gc.collect()
print(order)
print([x() for x in refs], [x.__callback__ for x in refs])

# a ref dropped before its referent never calls its callback
e = C("e")
weakref.ref(e, lambda ref: print("never called"))
gc.collect()
del e
gc.collect()
print("dropped ref: no callback")

# objects of many kinds can be weakly referenced
def f():
    pass


def gen():
    yield 1


class Slotted:
    __slots__ = ("a", "__weakref__")


class Sub(C):
    pass


kinds = [f, C, {1}, frozenset(), gen(), weakref, Slotted(), Sub("s"), len, memoryview(b"x"), C("x").__repr__]
for k in kinds:
    ref = weakref.ref(k)
    print(type(k).__name__, ref() is k)

# a bound method is a temporary: a ref to it dies with it (weakref.WeakMethod keeps the pair)
m = C("m")
rm = weakref.ref(m.__repr__)
gc.collect()
print("bound method ref:", rm())

# subclasses
class NamedRef(weakref.ref):
    def __new__(cls, ob, callback=None, name="?"):
        return super().__new__(cls, ob, callback)

    def __init__(self, ob, callback=None, name="?"):
        super().__init__(ob, callback)
        self.name = name


g = C("g")
nr = NamedRef(g, None, "mine")
print(nr.name, nr() is g, weakref.ref(g) is nr, isinstance(nr, weakref.ref), type(nr).__name__)
gc.collect()  # the basic ref made just above is dropped (CPython frees it at once)
print(weakref.getweakrefcount(g))
print(weakref.ref is weakref.ReferenceType, weakref.ref.__name__, weakref.ref.__module__, weakref.ref[int])
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
print(sorted(weakref.__all__))
