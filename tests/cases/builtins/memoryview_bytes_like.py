# Tests that a memoryview is accepted where bytes-like objects are: bytes methods, bytearray,
# files, io.BytesIO, decoding, sockets and readinto.
import io
import os
import socket
import tempfile

mv = memoryview(b"abc-def")
print(b"-".join([mv[:3], mv[4:]]), bytearray(b"/").join([mv[:1]]))
print(b"abc-def".startswith(mv[:3]), b"abc-def".endswith(mv[-3:]), b"xabc".find(mv[:2]), b"abc".count(memoryview(b"c")))
print(mv[:3] in [b"abc"], memoryview(b"bc") == b"bc", b"abc-def".split(memoryview(b"-")))
print(b"abc".replace(memoryview(b"b"), memoryview(b"BB")), b"a,b".partition(memoryview(b","))[2])
ba = bytearray(b"12")
ba.extend(memoryview(b"34"))
ba += memoryview(b"56")
ba[0:1] = memoryview(b"X")
print(ba, bytearray(memoryview(b"new")), bytes(memoryview(bytearray(b"from ba"))))
print(mv.tobytes().decode(), str(mv, "utf-8"), bytes(mv).decode("ascii"))
print(b"%s|%b" % (memoryview(b"p"), memoryview(b"q")))
buf = io.BytesIO()
print(buf.write(memoryview(b"into bytesio")), buf.getvalue())
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "f.bin")
    with open(path, "wb") as f:
        print(f.write(mv), f.write(memoryview(bytearray(b"!"))[:1]))
    with open(path, "rb") as f:
        print(f.read())
    with open(path, "rb") as f:
        target = bytearray(4)
        print(f.readinto(target), target, f.readinto(memoryview(target)[1:3]), target)
    with open(path, "rb", buffering=0) as f:
        target = bytearray(5)
        print(f.readinto(memoryview(target)), target)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND)
    print(os.write(fd, memoryview(b"+os")))
    os.close(fd)
    with open(path, "rb") as f:
        print(f.read())
a, b = socket.socketpair()
with a, b:
    a.sendall(memoryview(b"over the socket")[5:])
    print(a.send(memoryview(b"!")))
    print(b.recv(100))
