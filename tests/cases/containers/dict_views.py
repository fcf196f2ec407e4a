# Tests dict views: dynamic updates, set operations on keys/items, membership and errors on mutation.
d = {"a": 1, "b": 2, "c": 3}
keys, values, items = d.keys(), d.values(), d.items()
print(keys, values, items)
d["d"] = 4
del d["a"]
print(list(keys), list(values), list(items), len(keys))
print(sorted(keys & {"b", "x"}), sorted(keys | {"z"}), sorted(keys - {"b"}), sorted(keys ^ {"b", "q"}))
print(("b", 2) in items, ("b", 3) in items, 4 in values, "c" in keys)
print(keys == {"b", "c", "d"}, sorted(items & {("b", 2), ("c", 0)}), keys.isdisjoint({"x"}))
try:
    for k in d:
        d[k + "!"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
e = {"x": 1}
try:
    for k in e:
        del e[k]
except RuntimeError as err:
    print(type(err).__name__, err)
print(list(reversed(d.keys())), list(reversed(d.values())))
