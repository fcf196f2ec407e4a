# sys.excepthook reports an uncaught exception: the built-in one prints the traceback, a
# replacement gets (type, value, traceback); a hook that fails reports both exceptions.
import sys

print(sys.excepthook is sys.__excepthook__)
try:
    raise KeyError("direct")
except KeyError as e:
    sys.excepthook(type(e), e, e.__traceback__)
try:
    sys.excepthook(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(sys.excepthook(1, 2, 3))


def hook(exc_type, value, tb):
    print("hook:", exc_type.__name__, value, type(tb).__name__, tb.tb_lineno)
    raise RuntimeError("the hook failed too")


sys.excepthook = hook
print("before")
raise ValueError("uncaught")
