# Tests BaseException.__reduce__/__setstate__ and OSError.__reduce__, and copying exceptions with them.
import copy

print(ValueError("x", 1).__reduce__())
e = KeyError("k")
e.note = "extra"
print(e.__reduce__())
print(OSError(2, "x", "f").__reduce__(), OSError(1, "y").__reduce__())
print(OSError(1, "x", "a", None, "b").__reduce__(), OSError("plain").__reduce__())
for original in [ValueError("a", 2), OSError(2, "nf", "path"), OSError(1, "x", "a", None, "b"), e, UnicodeEncodeError("ascii", "\xe9", 0, 1, "r")]:
    c = copy.copy(original)
    d = copy.deepcopy(original)
    print(type(c).__name__, c.args, str(c), vars(c), type(d).__name__, d.args, str(d))
s = RuntimeError("r")
s.__setstate__({"when": 3})
print(s.when)
try:
    s.__setstate__(5)
except TypeError as err:
    print("TypeError", err)
