# Tests dataclasses: generated __init__/__repr__/__eq__, defaults, default_factory, post_init, asdict/astuple/replace.
from dataclasses import dataclass, field, asdict, astuple, replace, fields
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    def total(self, qty):
        return self.price * qty
a = Item("pen", 1.5)
b = Item("pen", 1.5)
print(a, a == b, a is b, a.total(4))
a.tags.append("office")
print(a, b.tags, Item("x").tags is Item("y").tags)
print(asdict(a), astuple(a), replace(a, price=2.0), [f.name for f in fields(Item)])
@dataclass
class Rect:
    w: int
    h: int
    area: int = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
print(Rect(3, 4), Rect(3, 4) == Rect(3, 4), Rect(3, 4) != Rect(4, 3))
try:
    Item()
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print(type(e).__name__, e)
print(Item.__eq__(a, 5), Item.__dataclass_fields__["price"].default)
