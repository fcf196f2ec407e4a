# Tests abs(), round(), divmod() and pow() including 3-argument pow and negative exponents.
print(abs(-5), abs(3.5), abs(-0.0), abs(True), abs(-10**30))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(1234, -2), round(1250, -2), round(7.0))
print(type(round(2.7)).__name__, type(round(2.7, 1)).__name__, round(2.675, 2))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(7.5, 2))
print(pow(2, 10), pow(2, -2), pow(3, 4, 5), pow(-2, 3), pow(2, 0.5))
print(pow(3, -1, 7), pow(38, -1, 97), pow(10**20, 3, 10**9 + 7))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__)
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
