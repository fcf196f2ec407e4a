# Tests exceptions raised by math functions (types only; messages vary across versions).
import math
attempts = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(0)", lambda: math.log(0)),
    ("log(-5)", lambda: math.log(-5)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("factorial(-1)", lambda: math.factorial(-1)),
    ("factorial(2.5)", lambda: math.factorial(2.5)),
    ("acos(2)", lambda: math.acos(2)),
    ("comb(3, -1)", lambda: math.comb(3, -1)),
    ("isqrt(-4)", lambda: math.isqrt(-4)),
    ("sqrt('x')", lambda: math.sqrt("x")),
    ("pow(0, -1)", lambda: math.pow(0.0, -1)),
    ("floor(inf)", lambda: math.floor(math.inf)),
    ("ceil(nan)", lambda: math.ceil(math.nan)),
]
for label, fn in attempts:
    try:
        print(label, "=", fn())
    except (ValueError, OverflowError, TypeError) as e:
        print(label, "->", type(e).__name__)
print(math.sqrt(math.inf), math.exp(-1000), math.atan(math.inf) == math.pi / 2)
