# Tests comparisons across int, float and bool, chained numeric comparisons and sorting mixed numbers.
print(1 == 1.0 == True, 0 == False == 0.0, 2 > 1.5 > True, -0.0 == 0 == False)
print(sorted([3, 1.5, True, -2, 0.0, 2 ** 64, -(2 ** 64), 1e19]))
print(max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0), max([2, 2.0]))
print(2 ** 63 == 2.0 ** 63, 2 ** 63 + 1 == 2.0 ** 63, 2 ** 63 + 1 > 2.0 ** 63, (2 ** 63 + 1) - 2.0 ** 63)
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(1 < 2 < 3 < 4, 1 < 3 < 2, (1 < 2) == 1)
print({1: "int", 1.0: "float", True: "bool"}, len({0, 0.0, False, -0.0}))
