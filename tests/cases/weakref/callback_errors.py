# An exception raised by a weakref callback cannot propagate: it is reported as CPython's unraisable
# hook reports it ("Exception ignored in: <the callback>" and the traceback) and the program goes on.
# The exception being handled around the collection is kept.
import gc
import sys
import weakref


class Obj:
    pass


def broken(ref):
    raise ValueError("callback failed")


def deep(ref):
    helper()


def helper():
    return 1 / 0


calls = []
a = Obj()
r1 = weakref.ref(a, lambda ref: calls.append("first"))
r2 = weakref.ref(a, broken)
r3 = weakref.ref(a, deep)
r4 = weakref.ref(a, lambda ref: calls.append("last"))
del a
gc.collect()
print("after the failing callbacks:", calls)

try:
    raise RuntimeError("outer")
except RuntimeError:
    b = Obj()
    r5 = weakref.ref(b, broken)
    del b
    gc.collect()
    print("still handling:", repr(sys.exc_info()[1]))


class Quits:
    pass


c = Quits()
r6 = weakref.ref(c, lambda ref: sys.exit(3))
del c
gc.collect()
print("end")
