# The limit argument (positive, negative, zero) and sys.tracebacklimit.
import sys
import traceback


def a():
    b()


def b():
    c()


def c():
    raise OSError("deep")


try:
    a()
except OSError as e:
    for limit in [None, 1, 2, -1, -2, 0, 10]:
        print(f"--- limit={limit}")
        print("".join(traceback.format_exception(e, limit=limit)), end="")
    print([fs.name for fs in traceback.extract_tb(e.__traceback__, limit=-2)])
    print(traceback.format_tb(e.__traceback__, limit=1))
    sys.tracebacklimit = 2
    print("".join(traceback.format_exception(e)), end="")
    sys.tracebacklimit = -5
    print(traceback.format_exception(e))
    del sys.tracebacklimit
    print(len(traceback.extract_tb(e.__traceback__)))
