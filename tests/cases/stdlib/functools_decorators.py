# Tests functools.wraps metadata, cached_property, singledispatch and cmp_to_key.
import functools
def traced(fn):
    @functools.wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner
@traced
def documented(x):
    """Docs kept."""
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__qualname__)
class Dataset:
    def __init__(self, values):
        self.values = values
    @functools.cached_property
    def total(self):
        print("computing total")
        return sum(self.values)
d = Dataset([1, 2, 3])
print(d.total, d.total, "total" in vars(d))
@functools.singledispatch
def describe(obj):
    return f"object {obj!r}"
@describe.register
def _(obj: int):
    return f"int {obj}"
@describe.register(list)
def _(obj):
    return f"list of {len(obj)}"
print(describe(5), describe([1, 2]), describe("s"), describe(True))
def compare(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)
print(sorted(["ccc", "a", "bb", "aa", "b"], key=functools.cmp_to_key(compare)))
