# Tests compile(): syntax and scope errors are raised at compile time; code objects run with exec and eval.
try:
    compile('x = = 1', 'f.py', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno, e.offset, repr(e.text))
try:
    compile('def f():\n    nonlocal q\n', 'g.py', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno)
c = compile('print(40 + 2)', '<s>', 'exec')
exec(c)
print(eval(compile('6 * 7', '<e>', 'eval')))
