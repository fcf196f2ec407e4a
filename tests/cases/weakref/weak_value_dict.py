# WeakValueDictionary drops an entry once its value is collected (gc.collect() here makes the moment
# the same as CPython's, which frees the value at once).
import copy
import gc
import re
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%s)" % self.name


objs = {n: Obj(n) for n in "abcd"}
d = weakref.WeakValueDictionary(objs)
print(len(d), sorted(d), d["a"], "a" in d, "z" in d, d.get("z", "default"))
print(re.sub(r"0x[0-9a-f]+", "0x?", repr(d)))

del objs["a"]
gc.collect()
print(len(d), sorted(d), "a" in d, d.get("a"))
try:
    d["a"]
except KeyError as e:
    print("KeyError", e)

# replacing a value: the old value's death does not remove the new entry
old = objs["b"]
new_b = Obj("b2")
d["b"] = new_b
del old, objs["b"]
gc.collect()
print(sorted(d.items(), key=lambda kv: kv[0]))

# values(), items(), keys() skip the dead; valuerefs() gives the refs
print(sorted(v.name for v in d.values()), sorted(k for k, v in d.items()))
print(sorted(type(r).__name__ for r in d.valuerefs()), sorted(r().name for r in d.itervaluerefs()))

# removals that happen while iterating wait for the iteration to end
it = iter(d)
first = next(it)
del objs["c"]
gc.collect()
print("during iteration:", len(d.data), "entries kept")
rest = list(it)
print("after iteration:", sorted(d), len(d))

# an iteration abandoned half-way: its removals are done once the iterator is gone (CPython closes
# the dropped generator at once, Taipan collects it)
keep = [Obj(n) for n in "xyz"]
w = weakref.WeakValueDictionary(enumerate(keep))
abandoned = iter(w)
next(abandoned)
del keep[2]
gc.collect()
print("abandoned, still pending:", len(w.data))
del abandoned
gc.collect()
print("iterator gone:", len(w.data), len(w))

# setdefault, pop, popitem, update, copy, |
e = Obj("e")
print(d.setdefault("e", e) is e, d.setdefault("e", Obj("other")) is e)
print(d.pop("e") is e, d.pop("e", "gone"))
try:
    d.pop("e")
except KeyError as err:
    print("KeyError", err)
d.update({"f": e}, g=new_b)
print(sorted(d))
c = d.copy()
print(type(c).__name__, sorted(c), sorted(copy.copy(d)), sorted(copy.deepcopy(d)))
merged = d | {"h": e}
print(type(merged).__name__, sorted(merged))
print(sorted({"x": e} | d))
d |= {"i": e}
print(sorted(d))
k, v = d.popitem()
print(k in d, v is not None)

# a value that only the dictionary refers to is gone at once
d["tmp"] = Obj("tmp")
gc.collect()
print("tmp" in d)

# deleting everything empties it
del e, new_b, objs, v, c, merged, first, rest, it
gc.collect()
print(len(d), list(d.items()))
try:
    weakref.WeakValueDictionary({"n": 1})
except TypeError as err:
    print(err)
