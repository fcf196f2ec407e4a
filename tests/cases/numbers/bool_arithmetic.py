# Tests bool as an int subclass in arithmetic, counting with sum, and repr of bool results.
print(True + True, True * 10, False - 1, True / 2, True // 2, -True, +False, True ** 2, 5 % True)
print(sum([True, False, True, True]), sum(x > 2 for x in range(6)), [1, 2][True], "ab"[False])
print(True == 1, False == 0, isinstance(True, int), int(True), str(True), repr(False))
print(bool(1) is True, True and 3, False or "x", not True, True & 1, True | 2, type(True + 1).__name__)
print(True > False, max(True, 0), sorted([True, False, 0, 1, -1]), hash(True) == hash(1))
