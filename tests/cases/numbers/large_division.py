# Tests exact integer division and modulo of very large numbers and a big-int digit sum program.
n = 10 ** 40 + 12345
for d in [7, -7, 10 ** 20 + 1, -(10 ** 19)]:
    q, r = divmod(n, d)
    print(q, r, q * d + r == n)
print(-n // 7, -n % 7, n // -n, n % n, 0 // n)
def digit_sum(x):
    return sum(int(c) for c in str(x))
print(digit_sum(2 ** 1000), digit_sum(3 ** 500), len(str(7 ** 777)))
def isqrt(m):
    x = m
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + m // x) // 2
    return x
print(isqrt(10 ** 50), isqrt(2 * 10 ** 40), isqrt(99))
