# Context equality compares the bindings; contexts and tokens are unhashable, variables hash by identity.
from contextvars import ContextVar, Context

a = ContextVar('a')
b = ContextVar('b')
c1 = Context()
c2 = Context()
print(c1 == c2, c1 != c2, c1 == c1.copy())
c1.run(a.set, [1, 2])
print(c1 == c2, c1 != c2)
c2.run(a.set, [1, 2])
print(c1 == c2, c1 != c2)
c2.run(b.set, None)
print(c1 == c2)
c1.run(b.set, None)
print(c1 == c2)
nan = float('nan')
c1.run(a.set, nan)
print(c1 == c1.copy(), c1 == c2)
c2.run(a.set, float('nan'))
print(c1 == c2)
print(c1 == {a: nan, b: None}, c1 != 1, c1 == None)
try:
    c1 < c2
except TypeError:
    print('< unsupported')
for obj in (Context(), a.set(1)):
    try:
        hash(obj)
    except TypeError as e:
        print(e)
print(hash(a) == hash(a), hash(a) != hash('a'), {a: 1, b: 2}[a], a == a, a != b)
same_name = ContextVar('a')
print(a == same_name, len({a, same_name}))
