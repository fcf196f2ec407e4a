# Tests iter() on iterables, the two-argument sentinel form, and next() with defaults.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
values = [5, 3, 0, 7]
pos = 0
def read():
    global pos
    pos += 1
    return values[pos - 1]
print(list(iter(read, 0)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
d = {"x": 1, "y": 2}
di = iter(d)
print(next(di), list(di))
s = iter("hi")
print(iter(s) is s, list(s))
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(iter(Seq())), 20 in Seq())
