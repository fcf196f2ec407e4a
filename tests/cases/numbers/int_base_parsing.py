# Tests int() with explicit bases, base 0 prefix detection, underscores, whitespace and errors.
print(int("101", 2), int("z", 36), int("Z", 36), int("ff", 16), int("FF", 16), int("-ff", 16), int("17", 8), int("10", 36))
print(int("0b101", 0), int("0o17", 0), int("0xAbC", 0), int("123", 0), int("0", 0), int("0x_ff", 16), int("1_0", 2))
print(int("  0x1f  ", 16), int("\t-12\n"), int("+0b11", 0), int("00", 0), int("0b1", 2), int("0o7", 8))
for s, base in [("2", 2), ("08", 0), ("0x", 16), ("g", 16), ("12", 37), ("", 10), ("1_", 10), ("0b", 0)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
print(int(b"42"), int(bytearray(b"-7")), int("٣٤"))
