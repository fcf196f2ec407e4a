# Tests converting integers to arbitrary bases by hand and back with int(s, base).
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, base):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, d = divmod(n, base)
        out.append(DIGITS[d])
    return sign + "".join(reversed(out))
for n in [0, 5, 255, -255, 2 ** 64, 123456789]:
    row = [to_base(n, b) for b in (2, 7, 16, 36)]
    print(n, row, all(int(s, b) == n for s, b in zip(row, (2, 7, 16, 36))))
print(to_base(2 ** 200, 36), int(to_base(2 ** 200, 36), 36) == 2 ** 200)
