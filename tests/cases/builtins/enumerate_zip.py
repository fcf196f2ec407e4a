# Tests enumerate() with start, zip() with uneven inputs, strict=True errors and unzipping.
names = ["ann", "bob", "cy"]
print(list(enumerate(names)), list(enumerate(names, start=1)), list(enumerate("ab", -2)))
ages = [30, 25]
print(list(zip(names, ages)), list(zip()), list(zip("ab")))
print(list(zip(names, ages, "xyz")))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)
print(dict(zip(names, range(3))))
try:
    list(zip(names, ages, strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip(ages, names, strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1, 2], [3, 4], strict=True)))
e = enumerate("xy")
print(next(e), next(e), next(e, None))
