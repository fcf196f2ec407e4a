# Entries whose expression spans several lines: extract_tb/format_list show all its lines, as an
# uncaught exception does; extract_stack has no columns and shows the first line only.
import sys
import traceback


def total(a, b):
    return [a][b]


def caller():
    return total(1,
                 5)


def build():
    values = {
        "key": total(2,
                     7),
    }
    return values


for fn in (caller, build):
    try:
        fn()
    except IndexError as e:
        err = e
        tb = e.__traceback__
    entries = traceback.extract_tb(tb)
    for fs in entries:
        print(fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, repr(fs.line))
    print("".join(traceback.format_list(entries)), end="")
    print(traceback.format_tb(tb) == entries.format())
    print("".join(traceback.format_exception(err)) == "".join(
        ["Traceback (most recent call last):\n"] + entries.format() + ["IndexError: list index out of range\n"]))


def here():
    return traceback.extract_stack(
        sys._getframe(),
        limit=1)


for fs in here():
    print(fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, repr(fs.line))
print("".join(traceback.format_list(here())), end="")
