from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, InitVar, KW_ONLY, is_dataclass, MISSING

def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    z: 'ClassVar[int]' = 5
print(P(1), P(1, 2, ['a']), P(1) == P(1), P(1) == P(2), P.__doc__, P.__match_args__, P.z, P.y)
t(lambda: P())
t(lambda: P(1, 2, 3, 4))
t(lambda: hash(P(1)))
t(lambda: P(1) < P(2))
t(lambda: asdict(P(1, 2, [P(3)])))
t(lambda: astuple(P(1, 2, [P(3)])))
t(lambda: replace(P(1), y=5))
t(lambda: replace(P(1), q=5))
t(lambda: fields(1))
t(lambda: asdict(P))
def mk():
    @dataclass
    class Q:
        x: list = []
t(mk)
def mk2():
    @dataclass
    class Q:
        x: int = 0
        y: int
t(mk2)
@dataclass(frozen=True, order=True)
class F:
    a: int
    b: str = 'x'
f = F(1)
def setf(): f.a = 2
t(setf)
def delf(): del f.a
t(delf)
t(lambda: (hash(f) == hash(F(1)), F(1) < F(2), F(1, 'a') <= F(1, 'b'), sorted([F(3), F(1)])))
@dataclass
class C:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2
t(lambda: C(1, c=5))
t(lambda: C(1, 2))
@dataclass(kw_only=True)
class K:
    a: int
t(lambda: K(a=1))
t(lambda: K(1))
@dataclass
class PI:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)
    def __post_init__(self, scale): self.b = self.a * scale
t(lambda: PI(3))
t(lambda: PI(3, 10))
@dataclass
class Base:
    x: int = 1
@dataclass
class Derived(Base):
    y: int = 2
    x: int = 3
t(lambda: Derived())
t(lambda: (is_dataclass(P), is_dataclass(P(1)), is_dataclass(1)))
@dataclass(repr=False, eq=False)
class NR:
    a: int
print(NR(1) == NR(1), 'NR object' in repr(NR(1)))
@dataclass
class Rec:
    name: str
    children: list = field(default_factory=list, repr=False)
    secret: int = field(default=0, compare=False)
t(lambda: (Rec('a'), Rec('a', secret=1) == Rec('a', secret=2)))
t(lambda: field(default=1, default_factory=list))
t(lambda: FrozenInstanceError.__mro__)
def mk3():
    @dataclass(order=True, eq=False)
    class Z: pass
t(mk3)
@dataclass
class E: pass
t(lambda: (E(), E() == E()))
@dataclass(unsafe_hash=True)
class UH:
    a: int
@dataclass
class Nested:
    p: P
    d: dict
t(lambda: asdict(Nested(P(1), {'k': P(2)})))
@dataclass
class WithDefaultRepr:
    a: float = 1.5
    b: str = 'q'
t(lambda: WithDefaultRepr.__init__.__qualname__)
t(lambda: P.__init__.__doc__)
