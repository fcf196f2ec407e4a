# Tests writing through a memoryview into a bytearray, and the errors of bad values, keys and
# read-only memory. (Resizing an exported bytearray is not tested: Taipan, having no reference
# counting, cannot tell when a forgotten view dies, so it never raises CPython's BufferError.)
ba = bytearray(b"abcdef")
mv = memoryview(ba)
mv[0] = 65
mv[1:3] = b"XY"
mv[-1] = ord("!")
print(ba, mv.tobytes())
tail = mv[3:]
tail[0] = 0x2D
tail[1:] = bytearray(b"++")
print(ba)
mv[::2] = b"123"
print(ba)
mv[1:3] = memoryview(b"mn")
print(ba)
mv[:] = b"zzzzzz"
print(ba)
ba[0] = ord("q")
print(mv[0], mv.tobytes())
for bad in [
    lambda: mv.__setitem__(0, 256),
    lambda: mv.__setitem__(0, -1),
    lambda: mv.__setitem__(0, "a"),
    lambda: mv.__setitem__(0, b"a"),
    lambda: mv.__setitem__(slice(0, 2), b"abc"),
    lambda: mv.__setitem__(slice(0, 2), "ab"),
    lambda: mv.__setitem__(10, 1),
    lambda: mv.__getitem__(10),
    lambda: mv.__getitem__(-7),
    lambda: mv.__getitem__("a"),
    lambda: mv.__getitem__(1.0),
    lambda: mv.__delitem__(0),
    lambda: memoryview(b"abc").__setitem__(0, 1),
    lambda: memoryview(b"abc").__setitem__(slice(0, 1), b"x"),
    lambda: memoryview("text"),
    lambda: memoryview(5),
    lambda: memoryview(),
    lambda: memoryview(b"x", b"y"),
    lambda: hash(mv),
    lambda: mv < mv,
    lambda: mv + b"x",
]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError, BufferError, NotImplementedError) as err:
        print(type(err).__name__, err)
ba[1:3] = b"!!"
print(ba, mv.tobytes())
mv.release()
tail.release()
with memoryview(ba) as view:
    view[0] = ord("W")
    print(view.tobytes(), view.readonly)
print(ba)
