# expected: hand-written
# Tests memoryview.count() and memoryview.index() and memoryview[...] as a generic alias, new in
# Python 3.14 (docs.python.org/3.14/library/stdtypes.html#memoryview.count; CPython 3.13 lacks them).
mv = memoryview(b"abracadabra")
print(mv.count(ord("a")), mv.count(ord("z")), mv.count(b"a"))
print(mv.index(ord("b")), mv.index(ord("b"), 2), mv.index(ord("a"), -2), mv.index(ord("r"), 0, 3))
for args in [(ord("z"),), (ord("b"), 2, 5), (b"a",)]:
    try:
        mv.index(*args)
    except ValueError as err:
        print("ValueError", err)
print(mv.cast("c").count(b"a"), mv.cast("c").index(b"c"))
print(memoryview[int], memoryview[int].__origin__ is memoryview)
