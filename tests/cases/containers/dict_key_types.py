# Tests dict keys of different types: int/float/bool collisions, tuple keys, None keys and unhashable keys.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, list(d.keys())[0], type(list(d)[0]).__name__)
grid = {(0, 0): "origin", (1, 2): "point"}
print(grid[(1, 2)], grid.get((2, 1), "none"), (0, 0) in grid)
misc = {None: "none", "": "empty", 0: "zero", (): "tuple", frozenset(): "fs", -1: "neg"}
print(misc[None], misc[""], misc[0], misc[()], misc[frozenset()], misc[-1], len(misc))
for bad in [[1], {"a": 1}, {1}, ([1], 2)]:
    try:
        d[bad] = 1
    except TypeError as e:
        print(type(e).__name__)
try:
    d[[1]]
except TypeError as e:
    print(type(e).__name__)
print(2 ** 64 in {2 ** 64: 1}, 0.5 in {0.5: 1}, {-0.0: "negzero"}[0])
