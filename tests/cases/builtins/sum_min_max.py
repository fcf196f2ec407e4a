# Tests sum() with start, min()/max() with key, default and multiple args, and their errors.
print(sum([1, 2, 3]), sum([], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(5), start=100))
print(min(3, 1, 2), max("apple", "fig", key=len), min([4, 5, -6], key=abs))
print(max([], default="empty"), min([], default=None), max([1, 3, 3, 2]), max([(1, "b"), (1, "a")]))
people = [("ann", 31), ("bob", 25), ("cy", 31)]
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))
print(max("hello"), min(b"hello"), max({3: "a", 7: "b"}))
for bad in [lambda: max([]), lambda: min(), lambda: sum(["a", "b"], ""), lambda: max(1, 2, default=0), lambda: max(5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
