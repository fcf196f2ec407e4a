# Tests __int__, __float__, __index__, __bool__, __round__ and __trunc__-style conversions.
import math
class Fixed:
    def __init__(self, scaled):
        self.scaled = scaled
    def __int__(self):
        return self.scaled // 100
    def __float__(self):
        return self.scaled / 100
    def __index__(self):
        return self.scaled // 100
    def __bool__(self):
        return self.scaled != 0
    def __round__(self, ndigits=None):
        return f"round({ndigits})"
    def __floor__(self):
        return "floor"
f = Fixed(1234)
print(int(f), float(f), bool(f), bool(Fixed(0)))
print([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130][f], hex(f), bin(Fixed(500)))
print(round(f), round(f, 2), math.floor(f))
print("ab" * Fixed(300), list(range(Fixed(400))))
class NoIndex:
    def __int__(self):
        return 3
try:
    [1, 2, 3, 4][NoIndex()]
except TypeError as e:
    print(type(e).__name__, e)
print(int(NoIndex()))
