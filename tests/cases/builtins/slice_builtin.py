# Tests slice objects: attributes, indices(), use in subscripts and equality.
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
data = list(range(10))
print(data[s], data[slice(3)], data[slice(None, None, -3)], "abcdef"[slice(1, None)])
print(s.indices(5), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1:2], r[::3], r[1:2, 3], r[...], r[:, 0])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
