# Tests math module functions with exactly representable or rounded results.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(math.floor(3), type(math.floor(2.5)).__name__, math.ceil(2.0000001), math.fabs(-3), math.copysign(2, -0.0))
print(math.factorial(10), math.gcd(48, 18), math.gcd(0, 0), math.gcd(12, 18, 24), math.lcm(4, 6, 10))
print(math.comb(10, 3), math.perm(5, 2), math.perm(5), math.prod([1, 2, 3, 4]), math.prod([], start=7))
print(math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(1000), math.log1p(0), math.exp(0))
print(round(math.sin(math.pi / 6), 10), round(math.cos(math.pi / 3), 10), math.tan(0), round(math.atan2(1, 1), 10))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.dist((0, 0), (6, 8)))
print(math.fsum([0.1] * 10), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(-7, 3))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isfinite(math.inf), math.isnan(math.nan))
print(math.pow(2, 10), math.remainder(10, 3), math.exp2(10), math.ulp(1.0) == 2 ** -52)
