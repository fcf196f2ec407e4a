# Tests hash() of ints, floats, bools and tuples of ints, and equality/hash consistency.
print(hash(0), hash(1), hash(42), hash(-1), hash(-2), hash(True), hash(False))
print(hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(10**30))
print(hash(1.0) == hash(1), hash(2.5), hash(-0.0), hash(0.5))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(()) == hash(()))
print(hash((1, 2, 3)), hash(()), hash((-1,)))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
for bad in [[1], {1: 2}, {1}, ([1],)]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__)
class H:
    def __hash__(self):
        return 12345
print(hash(H()))
