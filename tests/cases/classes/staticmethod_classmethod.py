# Tests staticmethod and classmethod: alternative constructors, inheritance, calling via instance.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
d = MyDate(2020, 1, 1)
print(d.from_string("2021-3-4"))
sm = Date.__dict__["is_leap"]
cm = Date.__dict__["from_string"]
print(type(sm).__name__, type(cm).__name__, sm.__func__(2004))
def plain(x):
    return x * 2
class Holder:
    f = staticmethod(plain)
    g = classmethod(lambda cls: cls.__name__)
print(Holder.f(4), Holder().f(5), Holder.g(), Holder().g())
