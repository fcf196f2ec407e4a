# Tests converting numbers to strings and back: zfill, int with separators, str(float) round trips.
for n in [0, 7, -7, 123456]:
    print(str(n).zfill(6), f"{n:06d}", f"{n:+06d}", format(n, "06_"))
for x in [0.1, 1/3, 2.0, 1e16, 1.5e-9, 123456789.123456789]:
    print(str(x), repr(x), float(str(x)) == x, f"{x:.15g}")
print(int("-0012"), int("+5"), float("1_000.5"), "{:.2f}".format(float("12.345")))
print("3" + "4", int("3") + int("4"), str(3) * 2, "7".isdigit(), "-7".isdigit(), "-7".lstrip("-").isdigit())
