import collections.abc as A
from collections.abc import Mapping, Iterable, Sequence, MutableMapping, Sized, Hashable, Callable, Iterator
print([isinstance(x, Mapping) for x in ({}, [], (), 'a', 1)])
print([isinstance(x, Iterable) for x in ({}, [], (), 'a', 1, iter([]))])
print([isinstance(x, Sequence) for x in ({}, [], (), 'a', 1)])
print([isinstance(x, Hashable) for x in ({}, [], (), 'a', 1)])
print([isinstance(x, Callable) for x in (len, print, 1, lambda: 0, int)])
print([isinstance(x, Iterator) for x in ([], iter([]), (i for i in []))])
class M(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = M(); m.update(a=1, b=2); m.setdefault('c', 3)
print(m.get('a'), m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m.pop('a'), len(m), m == {'b': 2, 'c': 3}, isinstance(m, Mapping), isinstance({}, M))
print(A.__name__)
