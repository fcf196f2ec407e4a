# Tests arbitrary-precision integer arithmetic: products, powers, division and negative values.
a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a + b, a - b, a * b)
print(a // 7, a % 7, -a // 7, -a % 7, b // -a, b % -a)
f = 1
for i in range(1, 41):
    f *= i
print(f, len(str(f)), f % 1000007)
print(10 ** 50 - 1, (10 ** 50 - 1) // (10 ** 25 + 1), 10 ** 50 // 3)
print((-2) ** 127, -2 ** 64, abs(-(10 ** 30)))
print(a == 1267650600228229401496703205376, a > b, -a < -b, max(a, b) == b)
print(sum(range(10 ** 6)), 123456789 ** 3, 999999999999 * 999999999999)
print(0 - 2 ** 63, 2 ** 63 - 1 + 1, 2 ** 64 // 2 ** 32, (2 ** 64) >> 60, 1 << 100)
