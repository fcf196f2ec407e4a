# Tests builtin functions passed as values, stored in containers and used as keys/defaults.
funcs = [len, str, abs, sorted, bool]
arg = [3, -1, 2]
for f in funcs:
    try:
        print(f.__name__, f(arg))
    except TypeError as e:
        print(f.__name__, "TypeError", e)
table = {"upper": str.upper, "title": str.title, "strip": str.strip}
print({k: fn("  hello world  ") for k, fn in table.items()})
print(list(map(int, ["1", "2"])), list(map(float, ["1.5"])), list(map(bool, [0, 1])))
print(max(["aa", "b", "cccc"], key=len), sorted([-2, 1, -3], key=abs))
from collections import defaultdict
d = defaultdict(list)
d["x"].append(1)
print(dict(d), defaultdict(int)["missing"])
