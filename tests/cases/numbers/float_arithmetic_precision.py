# Tests float precision artifacts, sum vs math.fsum, and formatting to hide them.
import math
vals = [0.1] * 10
print(sum(vals), math.fsum(vals), sum(vals) == 1.0, 0.1 * 3, 0.1 * 3 == 0.3)
print(1.1 + 2.2, 3.3 * 3, 1e16 + 1, 1e16 + 2, (1e16 + 1) - 1e16, 0.1 + 0.7)
print(sum([1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]))
print(f"{0.1 + 0.2:.2f}", round(0.1 + 0.2, 10), math.isclose(0.1 + 0.2, 0.3), 2.675 * 100)
total = 0.0
for _ in range(1000):
    total += 0.001
print(total, round(total, 6), math.isclose(total, 1.0))
print(1 / 3 + 1 / 3 + 1 / 3, 100 * 1.1, 4.35 * 100, int(4.35 * 100), round(4.35 * 100))
