# An exception raised in __del__ cannot propagate: it is printed as CPython's unraisable hook
# prints it ("Exception ignored in: <function ...__del__ ...>", the traceback without carets)
# and the program goes on. The exception being handled around the collection is kept.
import gc
import sys


class Broken:
    def __del__(self):
        raise ValueError("broken __del__")


class Deep:
    def __del__(self):
        self.helper()

    def helper(self):
        return 1 / 0


class Quiet:
    def __del__(self):
        try:
            raise KeyError("inside")
        except KeyError:
            pass
        print("quiet done")


b = Broken()
del b
gc.collect()
print("after broken")

d = Deep()
del d
gc.collect()
print("after deep")

try:
    raise RuntimeError("outer")
except RuntimeError:
    q = Quiet()
    del q
    gc.collect()
    print("still handling:", repr(sys.exc_info()[1]))


class Exits:
    def __del__(self):
        raise SystemExit(3)


e = Exits()
del e
gc.collect()
print("end")
