# Tests __slots__: allowed attributes, no instance __dict__, and inheritance of slots.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
p.x = 10
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__)
q = Point.__new__(Point)
try:
    q.x
except AttributeError as e:
    print(type(e).__name__, e)
class Point3(Point):
    __slots__ = ("z",)
p3 = Point3(1, 2)
p3.z = 3
print(p3.x, p3.y, p3.z, Point3.__slots__)
class Loose(Point):
    pass
lo = Loose(0, 0)
lo.extra = "ok"
print(lo.extra, lo.__dict__)
