# WeakKeyDictionary: data attached to objects without keeping them alive.
import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%s)" % self.name


a, b, c = Obj("a"), Obj("b"), Obj("c")
d = weakref.WeakKeyDictionary({a: 1, b: 2})
d[c] = 3
print(len(d), d[a], d.get(b), d.get(Obj("x"), "none"), a in d, 1 in d, "s" in d)
print(sorted(k.name for k in d), sorted(d.values()), sorted((k.name, v) for k, v in d.items()))
print(len(d.keyrefs()), all(isinstance(r, weakref.ref) for r in d.keyrefs()))

del b
gc.collect()
print(len(d), sorted(k.name for k in d.keys()))

# the same key again keeps one entry
d[a] = 10
d[a] = 11
print(len(d), d[a])

# removals while iterating wait for the end of the iteration
it = iter(d.items())
first = next(it)
del c
gc.collect()
print("iterating:", len(d), len(d.data))
rest = list(it)
print("done:", len(d), len(d.data))

# setdefault, pop, popitem, update, copy, |
e = Obj("e")
print(d.setdefault(e, []), d.setdefault(e, [1]), d.pop(e), d.pop(e, "gone"))
d.update({e: 5})
d.update([(Obj("tmp"), 0)])
gc.collect()
print(sorted((k.name, v) for k, v in d.items()))
c2 = d.copy()
print(type(c2).__name__, len(c2), len(d | {e: 6}), (d | {e: 6})[e], len({e: 7} | d))
del d[e]
print(len(d), e in d)
try:
    del d[e]
except KeyError:
    print("KeyError")
k, v = d.popitem()
print(k.name, v, len(d))

# keys that cannot be weakly referenced
for bad in (1, "s"):
    try:
        d[bad] = 1
    except TypeError as err:
        print(err)
