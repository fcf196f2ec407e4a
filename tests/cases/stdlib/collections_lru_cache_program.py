# Tests a realistic LRU cache built on OrderedDict with hit/miss statistics.
from collections import OrderedDict
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0
    def get(self, key):
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        return None
    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print("evict", evicted)
cache = LRU(3)
for k in "abc":
    cache.put(k, k.upper())
print(cache.get("a"), cache.get("z"))
cache.put("d", "D")
cache.put("e", "E")
print(list(cache.data.items()), cache.hits, cache.misses)
print([cache.get(k) for k in "abcde"], cache.hits, cache.misses)
