# Tests errors from eval()/exec(): syntax errors with messages and runtime errors inside evaluated code.
for src in ["1 +", "def", "x = = 2", "(1, 2"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno, e.offset, repr(e.text))
try:
    eval("1 / 0")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    exec("if True:\nprint('x')")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval("undefined_name")
except NameError as e:
    print(type(e).__name__, e)
