# Tests true division always returning float, mixed int/float ops, and exact big-int comparisons.
print(6 / 3, 7 / 2, -7 / 2, 1 / 3, type(4 / 2).__name__, 10 ** 20 / 10 ** 10, (2 ** 64) / 2)
print(1 + 1.0, 3 * 0.5, 2 - 0.5, 7 // 2.0, 7 % 2.5, 2 ** 0.0, True + 0.5)
print(10 ** 30 / 3, 10 ** 16 + 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 == 2 ** 53 + 1.0)
print(1 == 1.0, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 10 ** 20 == 1e20, 10 ** 23 == 1e23)
print(2 ** 1000 > 1e300, 2 ** 1000 < float("inf"), 3 > 2.9999999999999999, (1 << 60) + 1 > float(1 << 60))
print(int(7.9), int(-7.9), float(7), 7.0.is_integer(), (7.5).is_integer(), int("7") + float("0.5"))
try:
    2 ** 2000 / 1.5
except OverflowError as e:
    print(type(e).__name__, e)
print(2 ** 2000 // 3 ** 1000 > 0, (10 ** 400) // (10 ** 399))
