# At exit the finalizers still alive whose atexit flag is set run, newest first, after the other
# atexit functions registered later; those with atexit=False do not run; nothing runs twice.
import atexit
import weakref


class Resource:
    def __init__(self, name):
        self.name = name


def report(name):
    print("finalize", name)


keep = [Resource(n) for n in "abcd"]
fins = [weakref.finalize(r, report, r.name) for r in keep]
fins[1].atexit = False
fins[2]()
atexit.register(print, "atexit function")


def late():
    # a finalizer made while the exit finalizers run is run too
    extra = Resource("late")
    keep.append(extra)
    weakref.finalize(extra, report, "made at exit")


weakref.finalize(keep[0], late)
print("end of program")
