# Tests underscores in numeric literals and the int/float constructors that accept them.
print(1_2_3, 0x_F_F, 1_0.0_1, 1e1_0)
print(int("1_000"), float("1_0.5"), int("0x_ff", 16), int("0b1_0", 0))
for text in ["1__0", "_1", "1_"]:
    try:
        int(text)
    except ValueError as e:
        print(type(e).__name__, e)
print(int(" 42 "), int("-0"), int("+7"))
