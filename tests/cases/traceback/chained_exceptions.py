# Chained exceptions: "from" causes, implicit contexts, "from None", and chain=False.
import sys
import traceback


def fetch(key):
    return {"a": 1}[key]


def lookup(key):
    try:
        return fetch(key)
    except KeyError as e:
        raise LookupError(f"no {key}") from e


def convert(text):
    try:
        return int(text)
    except ValueError:
        return 1 / 0


def quiet(key):
    try:
        return fetch(key)
    except KeyError:
        raise RuntimeError("quiet failure") from None


for func, arg in [(lookup, "b"), (convert, "x"), (quiet, "c")]:
    try:
        func(arg)
    except Exception as e:
        print(f"=== {func.__name__}")
        print("".join(traceback.format_exception(e)), end="")
        print("--- chain=False")
        traceback.print_exception(e, chain=False, file=sys.stdout)

try:
    try:
        raise ValueError("inner")
    except ValueError as inner:
        err = TypeError("outer")
        err.__cause__ = inner
        raise err
except TypeError as e:
    print(traceback.format_exception(e)[-1], end="")
    print(len(traceback.format_exception(e)), len(traceback.format_exception(e, chain=False)))
