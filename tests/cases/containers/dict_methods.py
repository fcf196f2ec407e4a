# Tests dict methods: get, setdefault, pop, popitem, update, copy, clear, fromkeys and | / |= operators.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
d.update({"x": 9}, y=8)
d.update([("z", 7)])
print(d, d.popitem(), d.popitem(), d)
e = d.copy()
e["new"] = 1
print(d, e)
print(dict.fromkeys("ab", []), {**d, "a": 0})
m = {"a": 1, "b": 2} | {"b": 3, "c": 4}
print(m)
m |= {"d": 5}
m |= [("e", 6)]
print(m)
m.clear()
print(m, len(m))
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {"a": 1} | [("b", 2)]
except TypeError as e:
    print(type(e).__name__, e)
