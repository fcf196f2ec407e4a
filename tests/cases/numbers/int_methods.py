# Tests int methods: bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio, is_integer and attrs.
for n in [0, 1, 255, 256, -1, -256, 2 ** 100]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.is_integer())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-2).to_bytes(2, "big", signed=True), (65).to_bytes())
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(b""))
print((5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate(), (-5).__abs__())
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
print(int.__name__, (7).__add__(3), (7).__radd__(3), (7).__truediv__(2), (7).__add__(1.5))
