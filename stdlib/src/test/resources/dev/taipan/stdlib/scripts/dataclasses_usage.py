from dataclasses import dataclass, field, replace, fields, make_dataclass, asdict
import dataclasses
@dataclass
class Inv:
    name: str
    price: float
    qty: int = 0
    def total(self) -> float: return self.price * self.qty
i = Inv('w', 1.5, 4); print(i, i.total(), repr(i))
i.qty = 10; print(i)
@dataclass(frozen=True)
class Pt:
    x: float
    y: float
    def dist(self): return (self.x ** 2 + self.y ** 2) ** 0.5
print(Pt(3, 4).dist(), {Pt(1, 2): 'a'}[Pt(1, 2)], replace(Pt(1, 2), y=9))
try: replace(Pt(1, 2), z=1)
except TypeError as e: print(e)
@dataclass
class Node:
    val: int
    next: 'Node' = None
n = Node(1, Node(2)); print(n)
@dataclass(order=True)
class V:
    major: int
    minor: int = 0
print(sorted([V(1, 2), V(0, 9), V(1, 0)]), V(1) < V(1, 1), max(V(2), V(1, 5)))
try:
    @dataclass(order=True)
    class W:
        a: int
        def __lt__(self, o): return True
except TypeError as e: print(e)
D = make_dataclass('D', [('a', int), ('b', str, field(default='x'))])
print(D(1), fields(D)[1].default, D.__module__)
@dataclass
class S:
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
s1, s2 = S(), S(); s1.items.append(1); print(s1, s2, s1.items is s2.items)
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    def __post_init__(self): self.b = self.a * 2
print(WithPost(4))
try: WithPost(1, 2)
except TypeError as e: print(e)
try: replace(WithPost(1), b=3)
except TypeError as e: print(e)
@dataclass
class Recur:
    x: list = field(default_factory=list)
r = Recur(); r.x.append(r); print(r)
print(dataclasses.is_dataclass(Recur), Inv.__eq__(i, 1))
@dataclass
class Base:
    a: int
    b: int = 2
@dataclass
class Child(Base):
    c: int = 3
print(Child(1), Child(1, 5, 6), [f.name for f in fields(Child)])
try:
    @dataclass(frozen=True)
    class FC(Base): pass
except TypeError as e: print(e)
print(asdict(Child(1)))
