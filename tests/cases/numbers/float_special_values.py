# Tests inf, -inf, nan and -0.0: arithmetic, comparisons, repr and conversions.
import math
inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, float("-nan"), float("INF"), float("  infinity "), float("NaN"))
print(inf + 1, inf * -2, inf - inf, inf * 0, 1 / inf, -1 / inf, inf / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 10 ** 300, -inf < -(10 ** 300), inf == inf)
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(inf))
print(-0.0 == 0.0, repr(-0.0), math.copysign(1, -0.0), str(0.0 * -1), -0.0 + 0.0)
print(max(1, nan), max(nan, 1), min([3, inf, -inf]), sorted([3, -inf, inf, 0]))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 2 ** 1023 * 2.0)
for bad in [lambda: int(inf), lambda: int(nan), lambda: float(10 ** 400), lambda: 10 ** 400 / 1]:
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(float(10 ** 308) < inf, 10 ** 400 > inf, 10 ** 400 < nan)
