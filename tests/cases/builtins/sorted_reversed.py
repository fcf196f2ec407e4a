# Tests sorted() with key and reverse, sort stability, reversed() on sequences and custom __reversed__.
words = ["pear", "Fig", "apple", "date", "Banana", "kiwi"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
records = [("b", 2), ("a", 2), ("c", 1), ("d", 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted({3: "x", 1: "y"}), sorted("hello"), sorted((3, 1, 2)), sorted([]))
print(list(reversed([1, 2, 3])), "".join(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
class Deck:
    def __reversed__(self):
        return iter(["last", "first"])
print(list(reversed(Deck())))
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([3, 1, 2], key=None), sorted([-3, 1, -2], key=abs))
