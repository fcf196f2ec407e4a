# Tests reflected operators, NotImplemented fallback order, and TypeError when both sides decline.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, other):
        print("Money.__add__", other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("Money.__radd__", other)
        if other == 0:
            return self
        return self.__add__(other)
    def __sub__(self, other):
        return NotImplemented
class Sub(Money):
    def __radd__(self, other):
        print("Sub.__radd__ runs first")
        return Money(-1)
print(Money(5) + Money(7))
print(10 + Money(5))
print(sum([Money(1), Money(2), Money(3)]))
print(Money(1) + Sub(2))
try:
    Money(1) + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    Money(1) - Money(2)
except TypeError as e:
    print(type(e).__name__, e)
print(NotImplemented.__class__.__name__, repr(NotImplemented))
