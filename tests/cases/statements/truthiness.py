# Tests truth values of builtin objects and user objects with __bool__ and __len__.
values = [0, 1, -1, 0.0, 0.5, "", " ", [], [[]], (), (0,), {}, {0: 0}, set(), None, True, False, range(0), range(1), b"", b"\x00"]
for v in values:
    print(repr(v), bool(v))
class WithLen:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class WithBool:
    def __bool__(self): return False
    def __len__(self): return 10
class Plain:
    pass
print(bool(WithLen(0)), bool(WithLen(2)), bool(WithBool()), bool(Plain()))
if not WithLen(0):
    print("empty by len")
