# Tests property(), staticmethod() and classmethod() used as plain builtins without decorator syntax.
class Circle:
    def __init__(self, r):
        self._r = r
    def _get_r(self):
        return self._r
    def _set_r(self, v):
        self._r = max(0, v)
    radius = property(_get_r, _set_r, None, "the radius")
    area = property(lambda self: round(3.14159 * self._r ** 2, 2))
    def _unit():
        return "m"
    unit = staticmethod(_unit)
    def _make(cls, r):
        return cls(r)
    make = classmethod(_make)
c = Circle.make(2)
print(c.radius, c.area, Circle.unit(), c.unit())
c.radius = -5
print(c.radius, Circle.radius.__doc__)
p = property()
try:
    p.__get__(c)
except AttributeError as e:
    print(type(e).__name__)
print(isinstance(Circle.__dict__["unit"], staticmethod), isinstance(Circle.__dict__["make"], classmethod))
getter_only = property(lambda self: 1).setter(lambda self, v: print("set", v))
class Holder:
    x = getter_only
h = Holder()
h.x = 7
print(h.x)
