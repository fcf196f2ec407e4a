# Tests tuples: packing, single-element syntax, count/index, comparison, concatenation and immutability.
t = 1, 2, 3
single = (5,)
not_tuple = (5)
print(t, single, not_tuple, type(single).__name__, type(not_tuple).__name__, ())
print(t.count(2), t.index(3), t + (4,), t * 2, t[1:], t[::-1], len(t))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, "a") == (1, "a"))
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
holder = ([1], "x")
holder[0].append(2)
print(holder)
try:
    holder += (3,)
    print(holder)
    holder[0] += [3]
except TypeError as e:
    print(type(e).__name__, e, holder)
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
x, (y, z) = 1, (2, 3)
print(x, y, z, tuple(reversed(t)), sorted(t, reverse=True))
