# traceback.format_exception / format_exc / print_exc: the pieces and their text match an uncaught exception's.
import sys
import traceback


def parse(text):
    return int(text) * 2


def load(items):
    return [parse(x) for x in items]


try:
    load(["1", "2", "x3"])
except ValueError as e:
    parts = traceback.format_exception(e)
    print(len(parts), parts[0] == "Traceback (most recent call last):\n", parts[-1], end="")
    for p in parts:
        print(repr(p))
    print("".join(parts), end="")
    print(traceback.format_exc() == "".join(parts))
    traceback.print_exc(file=sys.stdout)
    traceback.print_exception(e, file=sys.stdout)
    print(traceback.format_exception_only(e))

try:
    x = {"a": 1}
    x["b"] += 1
except KeyError:
    print(traceback.format_exc(), end="")

try:
    [].pop()
except IndexError as e:
    print(traceback.format_exception(type(e), e, e.__traceback__) == traceback.format_exception(e))
