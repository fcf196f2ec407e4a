# Tests id(): stable for one object, distinct for live distinct objects, equal for aliases.
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), id(a) == id(a))
print(type(id(a)).__name__, id(a) > 0)
objs = [object() for _ in range(5)]
print(len({id(o) for o in objs}))
x = None
print(id(x) == id(None), id(True) == id(1 == 1))
def f():
    return a
print(id(f()) == id(a))
class K:
    pass
k = K()
print(id(k) == id(k), id(K) == id(type(k)))
