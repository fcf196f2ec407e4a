# Tests vars() and dir() on instances and classes, filtered to non-dunder names.
class Base:
    shared = 1
    def base_method(self):
        pass
class Item(Base):
    kind = "item"
    def __init__(self, name):
        self.name = name
        self._hidden = True
    def describe(self):
        return self.name
it = Item("pen")
print(vars(it))
print([n for n in dir(it) if not n.startswith("__")])
print([n for n in dir(Item) if not n.startswith("__")])
print(sorted(k for k in vars(Item) if not k.startswith("__")))
it.extra = 1
print(vars(it), "extra" in dir(it))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
print(dir(it) == sorted(dir(it)))
import math
print("sqrt" in dir(math), vars(math)["pi"] == math.pi)
