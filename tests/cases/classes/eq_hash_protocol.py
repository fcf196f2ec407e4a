# Tests __eq__/__hash__ consistency: objects as dict keys and set members, unhashable when only __eq__.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
pts = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(pts), Point(1, 2) in pts)
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)], hash(Point(3, 4)) == hash((3, 4)))
class OnlyEq:
    def __eq__(self, other):
        return True
print(OnlyEq.__hash__ is None)
try:
    {OnlyEq()}
except TypeError as e:
    print(type(e).__name__)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), hash(p) == hash(p), len({p, p}))
class Child(Point):
    def __eq__(self, other):
        return False
print(Child.__hash__ is None)
class KeepsHash(Point):
    def __eq__(self, other):
        return False
    __hash__ = Point.__hash__
print(len({KeepsHash(1, 1), KeepsHash(1, 1)}))
