# walk_tb, the three-argument forms, print_tb/format_tb, and the argument errors.
import sys
import traceback


def fail():
    raise KeyError("x")


try:
    fail()
except KeyError:
    etype, value, tb = sys.exc_info()
    print([(f.f_code.co_name, lineno) for f, lineno in traceback.walk_tb(tb)])
    traceback.print_exception(etype, value, tb, file=sys.stdout)
    traceback.print_tb(tb, file=sys.stdout)
    print(traceback.format_tb(tb))
    print(traceback.format_exception(etype, value, None))
    print(traceback.format_exception_only(etype, value))

print(repr(traceback.format_exc()))
traceback.print_exc(file=sys.stdout)
print(traceback.format_exception(None))
print(traceback.format_exception(ValueError("fresh")))
for bad in [lambda: traceback.format_exception(5),
            lambda: traceback.format_exception(ValueError, ValueError("v")),
            lambda: traceback.print_exception(ValueError, tb=None)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
