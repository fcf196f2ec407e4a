# Instances of int subclasses keep their value, small or big, and bools stay bools.
class I(int):
    pass


for v in (0, 7, -3, 2**62, 2**63, -2**63 - 1, 2**100, -(3**90)):
    x = I(v)
    print(type(x).__name__, x == v, x + 1 == v + 1, x * 2 == v * 2, x // 3 == v // 3, hash(x) == hash(v), int(x) == v)
print(I(2**100), repr(I(-5)), I(2**64) > 2**63, sorted([I(2**70), 3, I(-1)]))
print(True + True, True & False, type(True & False).__name__, True == 1, 1 < True + 1, sum([True, True, 2]))
print(max(I(5), 4), min(I(2**80), 2**81), abs(I(-2**70)), divmod(I(2**70), 7) == divmod(2**70, 7))
