# Tests sys.exc_info() and sys.exception() inside and outside handlers, and nested handling state.
import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("outer")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
    try:
        raise KeyError("inner")
    except KeyError:
        print("inner:", repr(sys.exception()))
    print("restored:", repr(sys.exception()))
print("after:", sys.exc_info()[0], sys.exception())
def reraise_other():
    try:
        raise TypeError("first")
    except TypeError:
        err = sys.exception()
    raise err
try:
    reraise_other()
except TypeError as e:
    print("re-raised later:", e)
