# Tests int(), float() and bool() constructors from strings, numbers and bases, and their errors.
print(int(), int(3.99), int(-3.99), int("42"), int("  -17\n"), int("ff", 16), int("0x1f", 0), int("777", 8), int("z", 36))
print(int(True), int("1010", 2), int("0b101", 0), int(1e20), int("１２"))
print(float(), float("3.5"), float(" -1e3 "), float(7), float("inf"), float("-Infinity"), float("nan"), float(".5"))
print(bool(), bool(0), bool("0"), bool([]), bool(0.0), bool(-1))
for bad in ["", "1.5", "abc", "0x", "1 2"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ["", "1.2.3", "one"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("12", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
