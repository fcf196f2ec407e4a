# Tests set methods and operators on sets of small ints: add, discard, remove, algebra, subsets, updates.
s = {3, 1, 2}
s.add(4)
s.add(1)
s.discard(10)
s.discard(3)
print(s, len(s), 2 in s)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference([1], [2]), a.symmetric_difference(range(5)))
print({1, 2} <= a, {1, 2} < a, a < a, a >= {1}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}))
c = set(range(5))
c |= {10}
c &= {0, 1, 2, 10}
c -= {0}
c ^= {2, 99}
print(c)
c.update([20], (21,))
c.intersection_update(range(50))
c.difference_update({20})
print(c, c.copy() == c, c.copy() is c)
popped = {5}.pop()
print(popped, set(), {()}, set([1, 1, 1]))
c.clear()
print(c)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
