# Tests collections.namedtuple: construction, fields, repr, _replace, _asdict, _make, defaults and errors.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(3, y=4)
print(p, p.x, p[1], p._fields, len(p), p == (3, 4), isinstance(p, tuple))
x, y = p
print(x + y, p._replace(x=10), p._asdict(), Point._make([5, 6]))
Config = namedtuple("Config", "host port debug", defaults=[8080, False])
print(Config("localhost"), Config("h", 1, True), Config._field_defaults)
Emp = namedtuple("Emp", "name, age", rename=False)
people = [Emp("ann", 30), Emp("bob", 25)]
print(sorted(people, key=lambda e: e.age), max(people, key=lambda e: e.age).name)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
R = namedtuple("R", ["def", "ok", "ok"], rename=True)
print(R._fields, type(p).__name__, Point.__name__)
