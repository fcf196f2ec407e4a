# Tests defaultdict factories and OrderedDict ordering operations and order-sensitive equality.
from collections import defaultdict, OrderedDict
groups = defaultdict(list)
for word in ["apple", "bob", "avocado", "bill", "cat"]:
    groups[word[0]].append(word)
print(groups, dict(groups), groups.default_factory is list)
counts = defaultdict(int)
for ch in "banana":
    counts[ch] += 1
print(dict(counts), counts["zzz"], "zzz" in counts, len(counts))
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], list(t["a"]))
nofactory = defaultdict()
try:
    nofactory["x"]
except KeyError as e:
    print(type(e).__name__, e)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(od))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1}, dict(a=1, b=2) == dict(b=2, a=1))
print(OrderedDict([("x", 1), ("y", 2)]))
