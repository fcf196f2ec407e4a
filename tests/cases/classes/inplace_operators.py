# Tests __iadd__ and friends versus fallback to __add__, and in-place ops on attributes and items.
class Bag:
    def __init__(self, items=()):
        self.items = list(items)
    def __add__(self, other):
        print("__add__")
        return Bag(self.items + other.items)
    def __iadd__(self, other):
        print("__iadd__")
        self.items.extend(other.items)
        return self
    def __repr__(self):
        return f"Bag({self.items})"
class Simple:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Simple(self.v + other)
    def __repr__(self):
        return f"Simple({self.v})"
b = Bag([1])
alias = b
b += Bag([2])
print(b, alias is b)
b = b + Bag([3])
print(b, alias is b, alias)
s = Simple(1)
s_alias = s
s += 10
print(s, s_alias, s is s_alias)
holder = {"bag": Bag()}
holder["bag"] += Bag([9])
print(holder)
class Broken:
    def __iadd__(self, other):
        return NotImplemented
x = Broken()
try:
    x += 1
except TypeError as e:
    print(type(e).__name__, e)
