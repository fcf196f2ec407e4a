# The compiler's SyntaxWarnings, for the script itself and for compile()/exec()/eval() strings.
import warnings

path = "C:\Windows"
if path is "x":
    pass


def f():
    return [(1, 2) (3, 4)]


print(len(path))
exec("y = 'a' 'b' is 'ab'")
print(eval("(1)(2) if False else 3"))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile("assert (x, 'msg')\nz = '\\q'\n", "snippet.py", "exec")
for w in caught:
    print(w.category.__name__, w.filename, w.lineno, w.message)
with warnings.catch_warnings():
    warnings.simplefilter("ignore", SyntaxWarning)
    exec("print(1 is 1)")
