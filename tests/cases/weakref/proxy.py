# weakref.proxy forwards attribute access, operators, item access, iteration and calls to its
# referent (both operands are unwrapped first), and raises ReferenceError once the referent is gone.
import gc
import re
import weakref


def show(x):
    print(re.sub(r"0x[0-9a-f]+", "0x?", repr(x)))


class Vector:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __repr__(self):
        return "Vector%r" % (tuple(self.xs),)

    def __str__(self):
        return "<%s>" % ",".join(map(str, self.xs))

    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(*[a + b for a, b in zip(self.xs, other.xs)])
        if isinstance(other, int):
            return Vector(*[a + other for a in self.xs])
        return NotImplemented

    def __radd__(self, other):
        return self + other

    def __mul__(self, k):
        return Vector(*[a * k for a in self.xs])

    def __neg__(self):
        return Vector(*[-a for a in self.xs])

    def __abs__(self):
        return sum(a * a for a in self.xs)

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __setitem__(self, i, v):
        self.xs[i] = v

    def __delitem__(self, i):
        del self.xs[i]

    def __contains__(self, v):
        return v in self.xs

    def __iter__(self):
        return iter(self.xs)

    def __eq__(self, other):
        return isinstance(other, Vector) and self.xs == other.xs

    def __lt__(self, other):
        return self.xs < other.xs

    def __bool__(self):
        return any(self.xs)

    def __int__(self):
        return len(self.xs)

    def __index__(self):
        return len(self.xs)

    def __float__(self):
        return 0.5

    def norm(self):
        return abs(self)


v = Vector(1, 2, 3)
p = weakref.proxy(v)
show(p)
print(type(p).__name__, type(p) is weakref.ProxyType, p.__class__.__name__, isinstance(p, Vector))
print(str(p), p.xs, p.norm(), len(p), p[0], 2 in p, 9 in p, list(p), bool(p))
print(p + 1, 1 + p, p + p, p * 2, -p, abs(p), int(p), float(p), [10, 20, 30, 40][p])
print(p == Vector(1, 2, 3), p == v, v == p, p != v, p < Vector(5), Vector(0) < p)
p[0] = 7
del p[2]
print(v, p.xs)
p.label = "set through the proxy"
print(v.label)
del p.label
print(hasattr(v, "label"), hasattr(p, "nothing"))
try:
    p - 1
except TypeError as e:
    print(e)
try:
    p.missing
except AttributeError as e:
    print(e)

# in-place operators give the result of the referent's operator (the name no longer holds a proxy)
items = [1, 2]
holder = type("Holder", (list,), {})(items)
q = weakref.proxy(holder)
q += [3]
print(type(q).__name__, q)

# next() needs an iterator
class Box:
    pass


box = Box()
try:
    next(weakref.proxy(box))
except TypeError as e:
    print(e)

# a proxy to a callable is a CallableProxyType and can be called
def greet(name):
    return "hello " + name


cp = weakref.proxy(greet)
print(type(cp).__name__, cp("proxy"), callable(cp), callable(p))

# proxies are reused like refs, unless a callback is given
print(weakref.proxy(v) is p, weakref.proxy(v, lambda r: None) is p)

# once the referent is gone
seen = []
w = Vector(5)
pw = weakref.proxy(w, lambda proxy: seen.append(type(proxy).__name__))
del w
gc.collect()
print(seen)
show(pw)
for name, op in [("getattr", lambda: pw.xs), ("len", lambda: len(pw)), ("add", lambda: pw + 1),
                 ("radd", lambda: 1 + pw), ("iter", lambda: iter(pw)), ("str", lambda: str(pw)),
                 ("setattr", lambda: setattr(pw, "x", 1)), ("getitem", lambda: pw[0])]:
    try:
        op()
    except ReferenceError as e:
        print(name, "->", e)
