# Tests len() on builtin containers, strings, bytes, ranges and objects with __len__, plus errors.
print(len("hello"), len(""), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 2}))
print(len(b"abc"), len(bytearray(5)), len(range(10)), len(range(0, 10, 3)), len(range(5, 0)))
print(len(frozenset("aab")), len("日本"), len([[]]))
class Sized:
    def __len__(self):
        return 7
print(len(Sized()))
class Negative:
    def __len__(self):
        return -1
for obj in [5, None, Negative(), iter([1])]:
    try:
        len(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
