# weakref.finalize: call a function (with its arguments) when an object is collected, at most once.
import gc
import re
import weakref


def show(x):
    print(re.sub(r"0x[0-9a-f]+", "0x?", repr(x)))


class Resource:
    def __init__(self, name):
        self.name = name


def cleanup(name, *, verbose=False):
    print("cleanup", name, "verbose" if verbose else "")
    return "cleaned " + name


r = Resource("r")
f = weakref.finalize(r, cleanup, "r", verbose=True)
print(f.alive, f.atexit)
show(f)
peeked = f.peek()
print(peeked[0] is r, peeked[1] is cleanup, peeked[2], peeked[3])
del peeked
del r
gc.collect()
print(f.alive, f.peek(), f.detach(), f())
show(f)

# calling it by hand runs it at once, and only once
s = Resource("s")
g = weakref.finalize(s, cleanup, "s")
print(g(), g.alive, g(), g.peek())
del s
gc.collect()
print("nothing more for s")

# detach: the object lives on, the finalizer is dead
t = Resource("t")
h = weakref.finalize(t, cleanup, "t")
obj, func, args, kwargs = h.detach()
print(obj is t, func is cleanup, args, kwargs, h.alive, h.detach())
del t, obj
gc.collect()
print("nothing for t")

# several finalizers on one object run newest first; atexit can be changed
u = Resource("u")
fs = [weakref.finalize(u, print, "finalizer", i) for i in range(3)]
fs[1].atexit = False
print([x.atexit for x in fs])
del u
gc.collect()
print([x.alive for x in fs])

# an exception in a finalizer is reported and the program goes on
def fails():
    raise ValueError("finalizer failed")


v = Resource("v")
weakref.finalize(v, fails)
del v
gc.collect()
print("end")
