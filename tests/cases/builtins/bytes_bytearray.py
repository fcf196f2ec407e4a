# Tests bytes() and bytearray() construction, mutation, methods, and encoding round-trips.
print(bytes(3), bytes([65, 66]), bytes("hé", "utf-8"), bytes(b"x"), bytes(range(3)))
ba = bytearray(b"hello")
ba[0] = 74
ba.append(33)
ba.extend(b"??")
print(ba, len(ba), ba[1], ba[-3:])
del ba[-2:]
ba.insert(0, 62)
print(ba, bytes(ba), ba.pop(), ba)
b = b"a,b,,c"
print(b.split(b","), b.replace(b",", b";"), b.upper(), b.find(b"c"), b.count(b","))
print(b"abc".hex(), bytes.fromhex("41 42 43"), b"  x ".strip(), b"x".join([b"1", b"2"]))
print(b"hello"[1:3], b"hello"[1], list(b"hi"), b"ab" in b"cabd", 98 in b"abc")
print(b"caf\xc3\xa9".decode(), "é".encode("latin-1"), b"Hi".lower(), b"hi".startswith(b"h"))
for bad in [lambda: bytes([256]), lambda: bytes("x"), lambda: b"a" + "b", lambda: ba.__setitem__(0, 300)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
