# Tests list operations that alias or copy: +=, +, *, extend with iterables and append of itself.
a = [1, 2]
b = a
a += "xy"
print(a, b is a)
a = a + [3]
print(a, b, b is a)
try:
    a = a + "z"
except TypeError as e:
    print(type(e).__name__, e)
row = [0] * 3
rows = [row] * 2
row[0] = 9
print(rows)
c = [[]] * 3
c[0].append(1)
print(c, [id(x) == id(c[0]) for x in c])
e = [1, 2]
e.extend(e)
print(e)
e.append(e[:])
print(e)
f = [None] * 0
print(f, [1] * -1, [1, 2] * 2)
