# Tests memoized recursion with functools.lru_cache and cache statistics.
import functools
@functools.lru_cache(maxsize=None)
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)
print(ways(4), ways(30))
print(ways.cache_info())
@functools.cache
def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)
print([binom(6, k) for k in range(7)], binom(60, 30))
ways.cache_clear()
print(ways.cache_info())
