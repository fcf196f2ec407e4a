# Tests bitwise and, or, xor, not and shifts on positive, negative and big integers.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, -a & 0xFF, a << 3, a >> 2, -16 >> 2, -1 >> 100, 1 << 0)
print(-5 & 3, -5 | 3, -5 ^ 3, ~-1, ~0, -(2 ** 70) >> 65, (2 ** 70) & (2 ** 70 - 1), (2 ** 70 | 1) & 3)
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC), flags & ~READ, flags ^ 7)
print(True & False, True | False, True ^ True, type(True & True).__name__, ~True)
for bad in [lambda: 1 << -1, lambda: 1.0 & 1, lambda: 1 >> -3]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
