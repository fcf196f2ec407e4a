# Tests generator expressions: laziness, single use, scoping of the first iterable, nesting.
squares = (x * x for x in range(5))
print(type(squares).__name__, next(squares), sum(squares), sum(squares))
print(sum(x for x in range(10) if x % 3 == 0))
print(max((len(w), w) for w in ["pear", "fig", "banana"]))
pairs = list((a, b) for a in range(3) for b in range(a))
print(pairs)
log = []
def src():
    log.append("src evaluated")
    return [1, 2]
g = (x for x in src())
print(log)
print(list(g), list(g))
data = [1, 2, 3]
g2 = (x * 10 for x in data)
data = [7, 8]
print(list(g2))
print("".join(c.upper() for c in "abc"), tuple(i for i in "xy"))
nested = ((i, j) for i in range(2) for j in (k * 2 for k in range(i + 2)))
print(list(nested))
