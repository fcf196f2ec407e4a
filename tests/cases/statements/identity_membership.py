# Tests is / is not / in / not in across lists, strings, dicts, sets and custom __contains__.
a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is not b, None is None)
print(2 in a, 5 not in a, "ell" in "hello", "" in "abc", "z" not in "abc")
d = {"k": 1}
print("k" in d, 1 in d, 1 in d.values(), ("k", 1) in d.items())
print(3 in {1, 2, 3}, 3 in range(0, 10, 3), 4 in range(0, 10, 3))
class Evens:
    def __contains__(self, x):
        return x % 2 == 0
print(4 in Evens(), 3 in Evens(), 3 not in Evens())
class Iterable:
    def __iter__(self):
        return iter([10, 20])
print(20 in Iterable(), 30 in Iterable())
print([1] in [[1], [2]], (1,) in [(1,)])
nan = float("nan")
print(nan in [nan], nan == nan)
