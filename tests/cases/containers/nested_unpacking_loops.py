# Tests unpacking in for loops: nested tuples, starred targets, dict items and enumerate/zip combos.
records = [("ann", (30, "nyc")), ("bob", (25, "sf"))]
for name, (age, city) in records:
    print(name, age, city)
for first, *rest in [(1, 2, 3), (4,), "xyz"]:
    print(first, rest)
for i, (k, v) in enumerate(sorted({"b": 2, "a": 1}.items())):
    print(i, k, v)
for (a, b), c in zip([(1, 2), (3, 4)], "xy"):
    print(a + b, c)
pts = [(1, 2), (3, 4)]
xs, ys = zip(*pts)
print(xs, ys)
[p, q], r = "ab", "c"
print(p, q, r)
try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError as e:
    print(type(e).__name__, e)
