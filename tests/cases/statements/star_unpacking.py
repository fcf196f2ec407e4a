# Tests starred expressions in assignments, calls, list/tuple/set/dict displays.
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
*x, = "xyz"
print(x)
first, (second, *inner), *tail = 1, (2, 3, 4), 5, 6
print(first, second, inner, tail)
nums = [1, 2]
more = (3, 4)
print([*nums, *more, 5], (*nums, *more), {*nums, *more})
d1 = {"a": 1}
d2 = {"b": 2, "a": 3}
print({**d1, **d2}, {**d2, **d1}, {"z": 0, **d1})
def f(*args, **kw):
    return args, kw
print(f(*nums, 0, *more, k=1, **d1))
print(*range(3), sep="-")
for p, *q in [(1, 2, 3), (4,)]:
    print(p, q)
