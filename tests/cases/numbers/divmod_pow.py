# Tests divmod() and pow() with ints, floats, negatives, modular inverses and large exponents.
print(divmod(100, 7), divmod(-100, 7), divmod(100, -7), divmod(2 ** 70, 3 ** 20))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1, 0.3))
print(pow(2, 100), pow(2, -1), pow(-8, 1 / 3) if False else pow(-8, 3), pow(0, 0), pow(0.0, 0), 0 ** 0)
print(pow(7, 2, 13), pow(-7, 2, 13), pow(7, -1, 13), pow(7, 2, -13), pow(2, 10 ** 18, 10 ** 9 + 7))
print(pow(2.0, 10), pow(4, 0.5), 2 ** 0.5, (-8) ** 2, 10 ** -2, 2 ** 62, type(2 ** -1).__name__)
print(pow(12345678901234567890, 98765, 1000000007))
for bad in [lambda: pow(2.0, 2, 5), lambda: pow(2, 2, 0), lambda: pow(0, -1), lambda: 0.0 ** -1]:
    try:
        bad()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__)
