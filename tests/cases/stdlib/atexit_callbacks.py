# atexit: functions run at exit, last registered first, with their arguments; one that raises
# is reported on stderr ("Exception ignored in atexit callback ...") and the others still run.
import atexit
import sys


def goodbye(name, punctuation="!"):
    print("goodbye", name + punctuation)


class Named:
    """A callable with a fixed repr, so that the report names it without an address."""

    def __init__(self, name, action):
        self.name = name
        self.action = action

    def __call__(self):
        self.action()

    def __repr__(self):
        return "<" + self.name + ">"


def fail():
    raise ValueError("cleanup failed")


failing = Named("failing", fail)
exits = Named("exits", lambda: sys.exit(3))


@atexit.register
def decorated():
    print("decorated runs last")


atexit.register(goodbye, "first")
atexit.register(failing)
atexit.register(exits)
atexit.register(goodbye, "second", punctuation="?")
atexit.register(goodbye, "unregistered")
atexit.unregister(lambda: None)
print(atexit.register(print) is print)
atexit.unregister(print)


def late():
    atexit.register(lambda: print("registered while exiting: not run"))


atexit.register(late)
try:
    atexit.register("not callable")
except TypeError as e:
    print("TypeError:", e)
print("end of the program")
