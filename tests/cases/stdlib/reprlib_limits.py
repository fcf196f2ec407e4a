# Tests reprlib: the size limits of Repr and reprlib.repr, and recursive_repr.
import reprlib

print(reprlib.repr("a" * 100))
print(reprlib.repr(list(range(20))))
print(reprlib.repr(tuple(range(3))), reprlib.repr((1,)))
print(reprlib.repr({i: str(i) for i in range(10)}))
print(reprlib.repr(set(range(10))), reprlib.repr(frozenset()))
print(reprlib.repr(10 ** 60))
print(reprlib.repr([[[[[[[1]]]]]]]))
r = reprlib.Repr(maxlist=2, maxstring=10)
print(r.repr([1, 2, 3]), r.repr("abcdefghijklmnop"))
r.indent = 2
print(r.repr([1, [2, 3]]))


class Node:
    def __init__(self):
        self.child = self

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.child!r})"


print(Node())
print(Node.__repr__.__name__, Node.__repr__.__wrapped__.__name__)
