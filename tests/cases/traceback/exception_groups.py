# Exception groups: nested group layout, show_group, and max_group_width/depth.
import sys
import traceback


def fail(kind, msg):
    raise kind(msg)


def run_all():
    errors = []
    for kind, msg in [(ValueError, "bad value"), (TypeError, "bad type")]:
        try:
            fail(kind, msg)
        except Exception as e:
            errors.append(e)
    errors.append(ExceptionGroup("inner", [OSError("disk"), KeyError("k")]))
    raise ExceptionGroup("several problems", errors)


try:
    run_all()
except ExceptionGroup as eg:
    parts = traceback.format_exception(eg)
    print(len(parts))
    print("".join(parts), end="")
    print(traceback.format_exception_only(eg))
    for line in traceback.format_exception_only(eg, show_group=True):
        print(repr(line))
    te = traceback.TracebackException.from_exception(eg, max_group_width=2, max_group_depth=1)
    te.print(file=sys.stdout)
    print([t.exc_type_str for t in te.exceptions])

many = ExceptionGroup("many", [ValueError(i) for i in range(17)])
print("".join(traceback.format_exception(many)), end="")
