# Tests that a generator expression evaluates its first iterable immediately but the rest lazily.
def noisy(name, items):
    print("evaluating", name)
    return items
g = (x + y for x in noisy("outer", [1, 2]) for y in noisy("inner", [10, 20]))
print("created")
print(list(g))
try:
    bad = (x for x in 42)
except TypeError as e:
    print("at creation:", type(e).__name__, e)
lazy = (1 / x for x in [1, 0])
print("lazy created")
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("at iteration:", type(e).__name__, e)
print(next(lazy, "dead"))
