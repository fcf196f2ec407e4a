# Tests __cause__, __context__ and __suppress_context__ for implicit and explicit chaining.
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
def explicit():
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("converted") from e
def suppressed():
    try:
        [][0]
    except IndexError:
        raise KeyError("clean") from None
for fn in (implicit, explicit, suppressed):
    try:
        fn()
    except Exception as e:
        print(fn.__name__, repr(e))
        print("  cause:", repr(e.__cause__))
        print("  context:", repr(e.__context__))
        print("  suppress:", e.__suppress_context__)
e = ValueError("v")
print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise TypeError("t") from ValueError("explicit cause")
except TypeError as err:
    print(repr(err.__cause__), err.__context__)
try:
    raise TypeError("bad") from 5
except TypeError as err:
    print(err)
