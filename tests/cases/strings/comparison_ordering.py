# Tests string comparison ordering by code point, case sensitivity, and sorting with keys.
print("a" < "b", "B" < "a", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a", "é" > "z")
words = ["banana", "Apple", "cherry", "apple", "Banana", "éclair", "zebra", "10", "9", "_x"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w)))
print(max(words), min(words), "abc" == "abc", "abc" != None, "a" * 3 == "aaa")
print(sorted(["item10", "item2", "item1"]), sorted(["item10", "item2", "item1"], key=lambda s: int(s[4:])))
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
