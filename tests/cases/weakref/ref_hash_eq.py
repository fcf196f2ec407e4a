# A ref hashes as its referent (and keeps that hash once taken); == compares the referents while
# both live, and is identity once either is gone. So refs work as dictionary keys.
import gc
import weakref


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        return isinstance(other, Key) and other.n == self.n


a1, a2, b = Key(1), Key(1), Key(2)
r1, r2, rb = weakref.ref(a1), weakref.ref(a2), weakref.ref(b)
print(hash(r1) == hash(a1), hash(r1) == hash(1))
print(r1 == r2, r1 != r2, r1 == rb, r1 != rb)
print(r1 == a1, r1 == 1)
cb1 = weakref.ref(a1, lambda r: None)
print(cb1 == r1, cb1 is r1, hash(cb1) == hash(r1))
d = {r1: "one", rb: "two"}
k3 = Key(3)
print(d[r2], d[weakref.ref(b)], weakref.ref(k3) in d)

# once a referent is gone, its refs equal only themselves
h2 = hash(r2)
del a2
gc.collect()
print(r2(), r2 == r1, r2 != r1, r2 == r2, hash(r2) == h2)
print(r1 == weakref.ref(a1), r1 == cb1)

# a ref compared with a proxy compares the referents; a proxy unwraps only itself
class Plain:
    pass


p = Plain()
print(weakref.ref(p) == weakref.proxy(p), weakref.proxy(p) == weakref.ref(p), weakref.proxy(p) == p)

# refs to unhashable objects are unhashable
class NoHash:
    __hash__ = None


nh = NoHash()
try:
    hash(weakref.ref(nh))
except TypeError as e:
    print(e)
