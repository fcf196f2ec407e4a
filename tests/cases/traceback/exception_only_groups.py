# format_exception_only: notes, show_group for exception groups, SyntaxError details, odd values.
import traceback


def group():
    try:
        raise ExceptionGroup("outer", [ValueError("v"), ExceptionGroup("inner", [TypeError("t")])])
    except ExceptionGroup as e:
        return e


eg = group()
print(traceback.format_exception_only(eg))
print(traceback.format_exception_only(eg, show_group=True))
e = KeyError("k")
e.add_note("first note")
e.add_note("second\nmultiline note")
print(traceback.format_exception_only(e))
try:
    compile("a = (1,\n  2 +)\n", "snippet.py", "exec")
except SyntaxError as se:
    print(traceback.format_exception_only(se))
    te = traceback.TracebackException.from_exception(se)
    print(te.filename, te.lineno, te.end_lineno, te.offset, te.end_offset, repr(te.text), te.msg)


class NoStr(Exception):
    def __str__(self):
        raise RuntimeError("broken")


print(traceback.format_exception_only(NoStr()))
print(traceback.format_exception_only(ValueError()))
print(traceback.format_exception_only(ValueError, None))
print(traceback.format_exception_only(None))
print(traceback.format_exception_only(ValueError, ValueError("explicit")))


class Custom(Exception):
    __module__ = "some.module"


print(traceback.format_exception_only(Custom("c")))
