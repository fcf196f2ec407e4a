# Tests list slicing with steps for reading, slice assignment (growing/shrinking/extended) and deletion.
a = list(range(10))
print(a[::2], a[1::2], a[::-1], a[8:2:-2], a[-3:], a[:-7:-1], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = ["inserted", "twice"]
print(b)
b[:] = [0, 1, 2, 3, 4, 5]
b[::2] = ["e0", "e2", "e4"]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
c = list(range(10))
del c[::3]
print(c)
del c[1:3]
print(c)
c[len(c):] = [100, 200]
print(c)
c[-2:] = []
print(c)
d = [1, 2, 3]
d[1:2] = "ab"
print(d)
try:
    d[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
