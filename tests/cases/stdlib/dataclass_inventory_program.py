# Tests a realistic program combining dataclasses, sorting with keys, json export and Counter.
import json
from collections import Counter
from dataclasses import dataclass, asdict, field
@dataclass(order=True)
class Product:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    category: str
    price: float
    qty: int = 0
    def __post_init__(self):
        self.sort_key = (self.category, -self.price)
    @property
    def value(self):
        return round(self.price * self.qty, 2)
stock = [Product("kettle", "kitchen", 29.99, 3), Product("mug", "kitchen", 4.5, 40),
         Product("lamp", "living", 45.0, 2), Product("rug", "living", 120.0, 1), Product("pan", "kitchen", 19.0)]
for p in sorted(stock):
    print(f"{p.category:<8} {p.name:<7} {p.price:>7.2f} x{p.qty:<3} = {p.value:>7.2f}")
print(Counter(p.category for p in stock), sum(p.value for p in stock))
out_of_stock = [p.name for p in stock if not p.qty]
print(out_of_stock, max(stock, key=lambda p: p.value).name)
record = asdict(stock[0])
record.pop("sort_key")
print(json.dumps(record, sort_keys=True))
