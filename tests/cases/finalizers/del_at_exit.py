# At exit, after the atexit functions, CPython frees what module globals still hold: the
# __del__ of objects bound to __main__'s globals runs in the order of the globals. An exception
# raised then is reported without source lines (CPython's shutdown cannot read them), and a
# warning is shown without its source line.
import atexit
import warnings


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Failing:
    def __del__(self):
        raise RuntimeError("failed at exit")


class Warns:
    def __del__(self, warn=warnings.warn):
        warn("released at exit", ResourceWarning)


warnings.simplefilter("default")
first = Tracked("first")
_private = Tracked("private")
second = Tracked("second")
failing = Failing()
warns = Warns()
third = Tracked("third")
atexit.register(print, "atexit handler")
print("end of main")
