# Tests range(): arguments, negative steps, indexing, slicing, membership, equality, reversed and errors.
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)))
r = range(0, 20, 3)
print(r, len(r), r[2], r[-1], r[1:4], r[::-1], 9 in r, 10 in r)
print(r.index(12), r.count(12), r.start, r.stop, r.step)
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 5, 2) == range(1, 6, 2))
print(list(reversed(range(4))), sum(range(101)), max(range(7)))
print(range(10**20)[-1], len(range(-5, 5)))
for bad in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: r[100]]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    r.index(5)
except ValueError as e:
    print(type(e).__name__)  # message differs between 3.13 and 3.14
