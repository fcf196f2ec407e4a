# Tests list(), tuple(), dict(), set() and frozenset() constructors from various iterables.
print(list(), list("abc"), list((1, 2)), list({"a": 1}), list(range(3)), list({3}))
print(tuple(), tuple([1, 2]), tuple("hi"), tuple(x * 2 for x in range(3)))
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 1}, extra=2), dict(zip("ab", [1, 2])))
print(sorted(set("hello")), set([1, 2, 2, 3]), set(), frozenset([1, 1]), frozenset())
src = [1, 2]
copy = list(src)
copy.append(3)
print(src, copy, list(src) is src)
t = (1, 2)
print(tuple(t) is t)
for bad in [lambda: dict([1, 2]), lambda: dict([("a", 1, 2)]), lambda: list(5), lambda: set([[1]])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
print(dict.fromkeys(["a", "b"], 0), dict.fromkeys("xy"))
