# Tests tokenization of multi-character operators and augmented assignments.
a = 17
a += 3; a -= 1; a *= 2; a //= 3; a %= 7
print(a)
b = 2
b **= 10; b >>= 2; b <<= 1; b &= 0xFF0; b |= 1; b ^= 3
print(b)
c = 7.0
c /= 2
print(c)
print(1 < 2 <= 2 != 3 == 3 >= 1 > 0)
print(2**-1, -2**2, (-2)**2, ~5, -~5)
print(7 // 2, -7 // 2, 7 % -3, 1 << 10, 1024 >> 3)
print(5 & 3, 5 | 3, 5 ^ 3)
if (n := 10) > 5:
    print("walrus", n)
def f(x) -> int:
    return x
print(f(3), f.__annotations__)
