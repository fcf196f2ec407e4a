# Tests integer literal forms: decimal, hex, octal, binary, underscores, big values.
print(0, 00, 42, 1_000_000)
print(0x1F, 0XfF, 0o17, 0O777, 0b1010, 0B1111_0000)
print(0x_dead_beef, 0b_1, 0o_7)
big = 123_456_789_012_345_678_901_234_567_890
print(big, type(big).__name__)
print(0xFFFFFFFFFFFFFFFFFFFF)
print(-0x10, +0b11, ~0o7)
print(1_0 + 0b0_1, 0_0, 0o0_1)
print(2**100)
