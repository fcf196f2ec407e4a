# Tests type() of builtin values, type identity comparisons and type names.
values = [1, 1.0, True, "s", b"b", None, [1], (1,), {1: 2}, {1}, frozenset(), range(1), len, print, type, object(), ...]
print([type(v).__name__ for v in values])
print(type(1) is int, type(True) is bool, type(True) is int, type(type) is type)
print(type([]) == list, type(int) is type, type(None).__name__)
class A: pass
class B(A): pass
print(type(B()) is B, type(B()) is A, type(B()).__mro__[1].__name__)
print(type(iter([])).__name__, type(iter(range(3))).__name__, type(x for x in []).__name__)
print(type(zip()).__name__, type(map(len, [])).__name__, type(enumerate([])).__name__, type(reversed([])).__name__)
print(type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__)
print(type(lambda: 0).__name__, type("".join).__name__)
