# extract_tb and FrameSummary: attributes, tuple behaviour, equality, repr and format_list.
import traceback


def level2(n):
    return 100 // n


def level1(n):
    return level2(n - 1)


try:
    level1(1)
except ZeroDivisionError as e:
    tb = e.__traceback__

stack = traceback.extract_tb(tb)
print(type(stack).__name__, len(stack))
for fs in stack:
    print(fs)
    print(fs.filename, fs.lineno, fs.name, repr(fs.line))
    print(list(fs), fs[0], fs[-1], fs[1:3], len(fs))
    filename, lineno, name, line = fs
    print(name, lineno, fs == (filename, lineno, name, line))
print(stack[1] == stack[1], stack[0] == stack[1])
print(traceback.format_list(stack))
print(traceback.format_tb(tb) == stack.format())
print(traceback.format_list([("made_up.py", 3, "func", "x = 1"), ("other.py", 9, "<module>", None)]))
fs = traceback.FrameSummary("nowhere.py", 12, "f", line="  spaced out  ")
print(repr(fs.line), fs.locals)
fs = traceback.FrameSummary("nowhere.py", 12, "f", lookup_line=False, locals={"a": 1, "b": [2]})
print(fs.line, fs.locals)
print(traceback.StackSummary.from_list([fs, ("x.py", 1, "g", "pass")]).format())
