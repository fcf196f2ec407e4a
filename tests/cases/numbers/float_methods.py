# Tests float methods: is_integer, as_integer_ratio, hex/fromhex, real/imag, conjugate.
for x in [0.5, 0.1, -2.0, 1e300, 3.0]:
    print(x, x.is_integer(), x.as_integer_ratio(), x.hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x.8"), float.fromhex("inf"))
print((2.5).real, (2.5).imag, (2.5).conjugate(), float.__name__, (1.5).__floor__() if hasattr(1.5, "__floor__") else "")
for bad in [lambda: float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio()]:
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((0.1).__round__(), (2.5).__round__(), (2.567).__round__(2), (1e300).__trunc__() == 10 ** 300)
