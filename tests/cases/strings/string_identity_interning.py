# Tests string identity as CPython gives it: shared constants, interned identifiers, sys.intern.
import sys

a = "abc"
b = "abc"
c = "hello world"
d = "hello world"


def f():
    return "abc"


print(a == b, f() == a, c == d)
print(a is b, f() is a, c is d)
x = sys.intern("".join(["dyn", "amic key"]))
y = sys.intern("dynamic" + " key")
print(x is y, x == "dynamic key")
