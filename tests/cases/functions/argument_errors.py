# Tests TypeError messages for wrong argument counts, unexpected and duplicate keywords.
def f(a, b):
    return a + b
def g(x, y=1, *, z):
    return x
class C:
    def method(self, p):
        return p
attempts = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, c=2),
    lambda: f(1, a=2),
    lambda: g(1),
    lambda: g(1, 2, 3, z=4),
    lambda: g(1, zz=3, z=1),
    lambda: C().method(),
    lambda: C().method(1, 2),
    lambda: C.method(1),
    lambda: (lambda: 0)(1),
    lambda: f(*[1], **{"b": 2, "a": 3}),
]
for attempt in attempts:
    try:
        attempt()
    except TypeError as e:
        print(e)
