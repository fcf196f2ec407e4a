# Tests any() and all() on empty iterables, short-circuit behaviour and generator arguments.
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any([0, 1]), all([1, 0]))
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(check(x) for x in [1, 3, 5]), seen)
seen.clear()
print(all(check(x) for x in [3, 1, 5]), seen)
print(all(c.isalpha() for c in "abc"), any(c.isdigit() for c in "abc"))
print(any({0: "a"}), all({1: "a", 0: "b"}), any("0"), all(""))
words = ["alpha", "beta", "gamma"]
print(all(len(w) > 3 for w in words), any(w.startswith("g") for w in words))
