# Exception notes (add_note) in format_exception and format_exception_only.
import traceback


def check(value):
    if value < 0:
        err = ValueError(f"negative: {value}")
        err.add_note("values must be >= 0")
        err.add_note("hint:\n  use abs()")
        raise err
    return value


try:
    check(-5)
except ValueError as e:
    print(traceback.format_exception_only(e))
    print("".join(traceback.format_exception(e)), end="")

e = KeyError("k")
e.__notes__ = ("tuple", "of notes")
print(traceback.format_exception_only(e))
e.__notes__ = 42
print(traceback.format_exception_only(e))


class BadNote:
    def __str__(self):
        raise RuntimeError("no")


e = RuntimeError("x")
e.add_note("fine")
e.__notes__.append(BadNote())
print(traceback.format_exception_only(e))
