# Tests frozensets: hashability, use as dict keys and set members, operations returning frozensets.
f = frozenset([1, 2, 3])
g = frozenset([3, 4])
print(f | g, f & g, f - g, type(f | g).__name__, type({1} | f).__name__, type(f | {1}).__name__)
groups = {frozenset({"a", "b"}): "ab", frozenset({"c"}): "c"}
print(groups[frozenset(["b", "a"])], frozenset() in {frozenset()})
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(nested))
print(f == {1, 2, 3}, f.issubset({1, 2, 3, 4}), hash(f) == hash(frozenset({3, 2, 1})))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
print(frozenset("aab") == frozenset("ab"), sorted(frozenset("hello")))
