# WeakSet: a set of objects that leave it when they are collected.
import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%s)" % self.name


objs = [Obj(n) for n in "abcde"]
s = weakref.WeakSet(objs[:3])
print(len(s), objs[0] in s, objs[4] in s, 1 in s, sorted(o.name for o in s))
s.add(objs[3])
s.add(objs[3])
print(len(s))
del objs[0]
gc.collect()
print(len(s), sorted(o.name for o in s))

# removals while iterating wait for the end of the iteration
it = iter(s)
first = next(it)  # the iteration holds the item it gave last
victim = [o for o in objs if o is not first and o in s][0]
objs.remove(victim)
del victim
gc.collect()
print("iterating:", len(s.data), "refs kept,", len(s), "alive")
list(it)
del first
print("done:", len(s.data), len(s))

# set operations
objs = [Obj(n) for n in "bcde"]
s = weakref.WeakSet(objs[:2])
t = weakref.WeakSet(objs)
print(len(t), s <= t, t >= s, s < t, t > s, s == weakref.WeakSet(list(s)), s == set(s))
print(sorted(o.name for o in t - s), sorted(o.name for o in t & s), sorted(o.name for o in s | t),
      sorted(o.name for o in t ^ s), s.isdisjoint(t), s.issubset(objs), t.issuperset(s))
u = s.copy()
u.discard(objs[0])
u.remove(objs[1])
try:
    u.remove(objs[1])
except KeyError:
    print("KeyError on remove")
print(len(u), len(s), type(u).__name__)
u |= t
u -= s
print(sorted(o.name for o in u))
u ^= t
print(sorted(o.name for o in u))
u &= s
print(sorted(o.name for o in u))
p = u.pop()
print(p in s, len(u))
u.clear()
try:
    u.pop()
except KeyError as e:
    print(e)
print(weakref.WeakSet[int])

# an object only the set refers to is gone at once
s.add(Obj("tmp"))
gc.collect()
print(sorted(o.name for o in s))
try:
    s.add(1)
except TypeError as e:
    print(e)
