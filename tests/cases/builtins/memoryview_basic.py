# Tests memoryview over bytes and bytearray: length, indexing, slicing, conversions and attributes.
data = b"hello world"
mv = memoryview(data)
print(len(mv), mv[0], mv[-1], mv[4])
print(mv.tobytes(), bytes(mv), bytearray(mv))
print(mv.tolist()[:5], mv.hex(), mv[:3].hex(), mv.hex(":"), mv[:4].hex("-", 2))
print(mv.readonly, mv.nbytes, mv.itemsize, mv.format, mv.ndim, mv.shape, mv.strides)
print(mv.obj is data, mv.c_contiguous, mv.f_contiguous, mv.contiguous, mv.suboffsets)
part = mv[6:]
print(type(part).__name__, len(part), part.tobytes(), part.obj is data, part.nbytes)
print(part[1:3].tobytes(), mv[::2].tobytes(), mv[::-1].tobytes(), mv[-3:].tobytes())
print(mv[::2].shape, mv[::2].strides, mv[::2].contiguous, mv[::-1].strides)
print(mv[100:].tobytes(), len(mv[5:2]))
print(mv == data, mv == b"hello", mv != b"x", data == mv, mv == mv[:], mv[:5] == b"hello")
print(mv == "hello world", mv == 5, mv[:5] == bytearray(b"hello"), mv == memoryview(b"hello world"))
print(list(mv[:3]), [b for b in mv[1:4]], 104 in mv, 0 in mv)
print(b"".join([mv[:5], b"-", memoryview(b"x")]), b"ab" + memoryview(b"cd"), bytearray(b"x") + mv[:2])
print(bytes(mv[:5]).upper(), mv[:5].tobytes().decode())
print(str(mv[:5], "ascii"), mv[:5].tobytes("C"))
print(hash(memoryview(b"abc")) == hash(b"abc"))
ba = bytearray(b"abc")
m2 = memoryview(ba)
print(m2.readonly, m2.obj is ba, bytes(m2), m2.tolist())
print(memoryview(mv).obj is data, memoryview(mv).tobytes())
c = mv.cast("c")
print(c.format, c[0], c[:2].tolist(), c.tobytes())
print(mv.cast("B").format, mv.toreadonly().readonly, m2.toreadonly().readonly)
with memoryview(b"ctx") as m3:
    print(m3.tobytes())
print(m3.tobytes.__name__)
try:
    m3.tobytes()
except ValueError as err:
    print("ValueError", err)
m4 = memoryview(b"abc")
m4.release()
m4.release()
print(repr(m4).startswith("<released memory at 0x"), repr(mv).startswith("<memory at 0x"))
for op in [lambda: len(m4), lambda: m4[0], lambda: bytes(m4), lambda: m4.readonly, lambda: m4 == b"abc"]:
    try:
        print(op())
    except ValueError as err:
        print("ValueError", err)
print(bool(memoryview(b"")), bool(memoryview(b"x")), int(memoryview(b"12")), float(memoryview(b"1.5")))
print(isinstance(mv, memoryview), memoryview.__name__, type(mv) is memoryview)
