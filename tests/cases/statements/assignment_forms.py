# Tests multiple-target, tuple, list and nested unpacking assignments and swaps.
a = b = c = [0]
a.append(1)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (3, 4), 5
print(p, q, r)
[m, n] = "mn"
print(m, n)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = [1]
print(init, tail)
head, *rest = "hello"
print(head, rest)
i, j, k = (v * 2 for v in range(3))
print(i, j, k)
d = {}
d["a"], d["b"] = 1, 2
print(d)
lst = [0, 0, 0]
idx = 0
idx, lst[idx] = 1, 9
print(idx, lst)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__)
try:
    u, v, w = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    u, v = 5
except TypeError as e:
    print(type(e).__name__, e)
