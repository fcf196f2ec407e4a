# getsource/getsourcelines/getcomments, getfile/getsourcefile/getmodule/getmodulename.
import inspect
import sys


# A comment about add.
# Two lines of it.
def add(a, b):
    """Add."""
    total = a + b

    return total


def deco(f):
    return f


@deco
def decorated(x):
    return x  # trailing comment


class Shape:
    sides = 0

    def area(self):
        return 0
    # a comment inside the class


square = lambda n: n * n


def one_liner(): return 1


print(inspect.getsource(add), end="")
print(inspect.getsourcelines(add)[1])
print(inspect.getsource(decorated), end="")
print(inspect.getsource(Shape), end="")
print(inspect.getsource(Shape.area), end="")
print(inspect.getsource(Shape().area), end="")
print(inspect.getsource(square), end="")
print(inspect.getsource(one_liner), end="")
print(repr(inspect.getcomments(add)), repr(inspect.getcomments(Shape)))
print(inspect.getfile(add), inspect.getsourcefile(Shape), inspect.getmodule(add).__name__)
print(inspect.getmodule(Shape) is sys.modules["__main__"], inspect.getmodule(len).__name__)
print(inspect.getmodulename("pkg/tool.py"), inspect.getmodulename("README"))
print(len(inspect.getsource(sys.modules["__main__"]).splitlines()))
for bad in [len, 5, int]:
    try:
        inspect.getsource(bad)
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)
code = compile("def g():\n    pass\n", "<generated>", "exec")
namespace = {}
exec(code, namespace)
try:
    inspect.getsource(namespace["g"])
except OSError as e:
    print("OSError", e)
