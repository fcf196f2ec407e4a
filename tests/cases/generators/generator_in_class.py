# Tests generator methods, __iter__ implemented as a generator, and generators over object state.
class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, name, qty):
        self.items[name] = self.items.get(name, 0) + qty
        return self
    def __iter__(self):
        for name in sorted(self.items):
            yield name, self.items[name]
    def low_stock(self, threshold):
        return (n for n, q in self if q < threshold)
    def batches(self, size):
        names = list(self.items)
        for i in range(0, len(names), size):
            yield names[i:i + size]
inv = Inventory().add("pen", 5).add("ink", 1).add("cap", 3).add("pen", 2)
print(list(inv), dict(inv))
print(list(inv.low_stock(4)))
print(list(inv.batches(2)))
for name, qty in inv:
    print(f"{name:>5}: {'#' * qty}")
