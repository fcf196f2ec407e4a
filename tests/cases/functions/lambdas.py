# Tests lambda expressions: defaults, closures, immediate calls, sort keys and conditional bodies.
square = lambda x: x * x
print(square(7), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
classify = lambda n: "even" if n % 2 == 0 else "odd"
print(list(map(classify, range(4))))
print(square.__name__, (lambda: 0).__name__)
print((lambda x, /, y, *, z: x + y + z)(1, y=2, z=3))
