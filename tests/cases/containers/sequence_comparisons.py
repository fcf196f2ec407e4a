# Tests lexicographic comparison of lists/tuples/strings, equality across types and errors.
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99], [1, [2]] == [1, [2]])
print((1, 2) == [1, 2], [1, 2] == [1, 2.0], (1,) == (1.0,), "ab" < "b", [0.5] < [1])
print(max([[1, 2], [1, 3], [0, 9]]), min([(2, "b"), (2, "a")]), sorted([[2], [1, 5], [1]]))
print([1, 2] != [1, 2], [1, 2] is [1, 2], {"a": 1} == {"a": 1.0}, {1, 2} == {2, 1}, {1: 2} == {1: 2, 3: 4})
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print(type(e).__name__, e)
print([1, "a"] < [2, 3], (1, None) == (1, None))
