# Tests dataclass options: order, frozen (FrozenInstanceError), kw_only, inheritance and unsafe_hash.
from dataclasses import dataclass, field, FrozenInstanceError
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)
vs = [Version(1, 2, "b"), Version(1, 0), Version(0, 9, "old")]
print(sorted(vs), max(vs), Version(1, 0, "x") == Version(1, 0, "y"))
@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float
c = Coord(1.5, 2.5)
try:
    c.lat = 0
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(c) == hash(Coord(1.5, 2.5)), {c: "here"}[Coord(1.5, 2.5)])
@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1
print(Opts(level=3))
try:
    Opts(True)
except TypeError as e:
    print(type(e).__name__, e)
@dataclass
class Base:
    id: int
    name: str = "base"
@dataclass
class Child(Base):
    extra: list = field(default_factory=lambda: [0])
print(Child(1), Child(2, "kid", [5]), isinstance(Child(3), Base))
@dataclass(eq=False)
class Identity:
    v: int
print(Identity(1) == Identity(1), Identity.__hash__ is object.__hash__)
@dataclass
class Unhashable:
    v: int
print(Unhashable.__hash__ is None)
