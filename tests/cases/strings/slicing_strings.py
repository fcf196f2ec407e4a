# Tests string indexing and slicing with negative indices, steps and out-of-range bounds.
s = "abcdefghij"
print(s[0], s[-1], s[3:7], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[-2:2:-2])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[2:100], s[::-3], s[8:2:-2])
print(s[:], s[:] is s or "copy-or-same")
for i in [10, -11]:
    try:
        s[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[1.5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
word = "racecar"
print(word == word[::-1], "python"[::-1].upper())
