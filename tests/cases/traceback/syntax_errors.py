# format_exception_only for SyntaxError: the location, source line and carets.
import traceback

sources = [
    "x = (1, 2",
    "def f(:\n    pass",
    "a b c",
    "if True:\nprint('no indent')",
    "x = 1 +",
]
for src in sources:
    try:
        compile(src, "snippet.py", "exec")
    except SyntaxError as e:
        for line in traceback.format_exception_only(e):
            print(repr(line))
        te = traceback.TracebackException.from_exception(e)
        print(te.filename, te.lineno, repr(te.text), te.offset, te.msg)

try:
    exec("1 +* 2")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)), end="")
print(traceback.format_exception_only(SyntaxError("just a message")))
