# Tests round() with ndigits on floats and ints, negative ndigits and half-even behaviour.
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 0.45, 1.005, 2.675, 123.456]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1))
print(round(15, -1), round(25, -1), round(-25, -1), round(1234567, -3), round(5, 2))
print(round(float("inf")) if False else "skip inf", round(0.0), round(-0.0, 1))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
