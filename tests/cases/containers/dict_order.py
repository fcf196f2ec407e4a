# Tests that dicts preserve insertion order through updates, deletions and re-insertions.
d = {}
for key in ["zeta", "alpha", "mid", "beta"]:
    d[key] = len(key)
print(list(d), list(d.values()))
d["alpha"] = 100
print(list(d.items()))
del d["zeta"]
d["zeta"] = 0
print(list(d))
d.update({"beta": -1, "new": 5})
print(d)
d.pop("mid")
print(list(d), list(reversed(d)), list(reversed(d.items()))[0])
print({3: "c", 1: "a", 2: "b"}, dict(sorted({3: "c", 1: "a"}.items())))
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print({1: 1, 1.0: 2, True: 3})
