# Tests callable instances via __call__, callable() checks and calling objects in pipelines.
class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coeffs))
p = Polynomial(1, 0, 2)
print([p(x) for x in range(4)], callable(p), callable(Polynomial), callable(3))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, *args, step=1, **kwargs):
        self.n += step
        return self.n, args, kwargs
c = Counter()
print(c(), c("a", step=5, k=1), c.n)
print(list(map(Polynomial(0, 1, 1), [1, 2, 3])))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
