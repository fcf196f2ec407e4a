# Tests arithmetic dunder methods on a Vector class, including unary ops and abs.
class Vector:
    def __init__(self, *c):
        self.c = tuple(c)
    def __repr__(self):
        return f"Vector{self.c}"
    def __add__(self, other):
        return Vector(*(a + b for a, b in zip(self.c, other.c)))
    def __sub__(self, other):
        return Vector(*(a - b for a, b in zip(self.c, other.c)))
    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self.c, k.c))
        return Vector(*(a * k for a in self.c))
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vector(*(a / k for a in self.c))
    def __floordiv__(self, k):
        return Vector(*(a // k for a in self.c))
    def __mod__(self, k):
        return Vector(*(a % k for a in self.c))
    def __pow__(self, k):
        return Vector(*(a ** k for a in self.c))
    def __neg__(self):
        return Vector(*(-a for a in self.c))
    def __pos__(self):
        return self
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __matmul__(self, other):
        return ("matmul", self.c, other.c)
v, w = Vector(3, 4), Vector(1, -2)
print(v + w, v - w, v * 2, 3 * v, v * w)
print(v / 2, v // 3, v % 3, v ** 2, -v, +v, abs(v))
print(v @ w)
