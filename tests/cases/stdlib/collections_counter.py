# Tests collections.Counter: counting, most_common ordering, arithmetic, elements, update/subtract, total.
from collections import Counter
c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2), c.total())
print(sorted(c.elements()), list(c.most_common())[-1])
words = Counter("the cat the hat the end cat".split())
print(words.most_common(), words.most_common(1))
a = Counter(a=3, b=1)
b = Counter(a=1, b=2, c=5)
print(a + b, a - b, a & b, a | b, -b, +Counter(x=-1, y=2))
a.update(["a", "z"])
a.subtract({"b": 5})
print(a, dict(a))
print(Counter([1, 2, 2, 3, 3, 3]) == Counter({3: 3, 2: 2, 1: 1}), Counter() == Counter(q=0))
inv = Counter(apples=3)
inv["pears"] += 2
del inv["apples"]
print(inv, list(inv.keys()), Counter("aab").keys() == {"a", "b"})
