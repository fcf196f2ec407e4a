# Tests argument unpacking at call sites with * and **, including multiple unpackings and errors.
def point(x, y, z=0):
    return (x, y, z)
coords = [1, 2]
print(point(*coords), point(*coords, 3), point(*[1], *[2], z=5))
print(point(**{"x": 1, "y": 2}), point(1, **{"z": 9, "y": 8}))
print(point(*range(3)), point(*"ab"))
kw = {"y": 1}
try:
    point(1, y=2, **kw)
except TypeError as e:
    print(type(e).__name__, e)
try:
    point(**{"x": 1, "w": 2, "y": 3})
except TypeError as e:
    print(type(e).__name__, e)
try:
    point(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    point(**[1])
except TypeError as e:
    print(type(e).__name__, e)
print(max(*[3, 9, 2]), print(*["a", "b"], sep="+"))
