# Tests __len__, __getitem__, __setitem__, __delitem__, __contains__ and __iter__ on a custom container.
class SparseList:
    def __init__(self, size):
        self.size = size
        self.data = {}
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.size))]
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("sparse index out of range")
        return self.data.get(i, 0)
    def __setitem__(self, i, v):
        self.data[i] = v
    def __delitem__(self, i):
        self.data.pop(i, None)
    def __contains__(self, v):
        return v in self.data.values() or (v == 0 and len(self.data) < self.size)
s = SparseList(6)
s[1] = 5
s[4] = 7
print(len(s), s[1], s[-2], s[0], s[1:5], s[::2])
print(list(s), 7 in s, 3 in s, 0 in s)
del s[4]
print(list(s))
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
for i, v in enumerate(s):
    if v:
        print("nonzero at", i)
print(sorted(s, reverse=True)[:2], sum(s), max(s))
