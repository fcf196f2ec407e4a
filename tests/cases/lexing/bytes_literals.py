# Tests bytes literals, escapes, indexing and repr.
b = b"abc\x00\xff\n\t"
print(b)
print(len(b), b[0], b[-3], list(b[:3]))
print(b"\x41\x42", b"\101", b"\\")
print(rb"\x41", len(rb"\x41"))
print(b"it's", b'say "hi"')
print(repr(b"'"), repr(b'"'), repr(b"'\""))
print(b"".join([b"a", b"b"]), b"a" + b"b", b"ab" * 3)
print(b"abc" == bytes([97, 98, 99]), b"a" < b"b")
print(bytes(range(0, 256, 37)))
