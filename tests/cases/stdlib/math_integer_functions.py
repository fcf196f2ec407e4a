# Tests exact integer math functions on large inputs: factorial, comb, perm, gcd, lcm and isqrt.
import math
print(math.factorial(30), len(str(math.factorial(500))))
print(math.comb(100, 50), math.comb(5, 7), math.perm(10, 10), math.perm(10, 0))
print(math.gcd(2 ** 100, 6 ** 50), math.lcm(2 ** 20, 3 ** 10, 10), math.gcd(), math.lcm(), math.gcd(-4, 6))
print(math.isqrt(10 ** 40), math.isqrt(10 ** 40 - 1), math.isqrt(0), math.isqrt(2 ** 127))
print(sum(math.comb(10, k) for k in range(11)) == 2 ** 10, math.prod(range(1, 21)) == math.factorial(20))
print([math.comb(6, k) for k in range(7)], math.floor(10 ** 20 / 3) == 10 ** 20 // 3)
