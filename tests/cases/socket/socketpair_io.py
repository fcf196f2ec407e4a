# Moving bytes over a socketpair: send/sendall/recv/recv_into, shutdown and end of stream, makefile in binary and text modes.
import socket

a, b = socket.socketpair()
print(repr(a.family), repr(a.type), repr(a.getsockname()), repr(a.getpeername()))

print(a.send(b"hello"), b.recv(3), b.recv(10))
a.sendall(b"x" * 100000)
got = 0
while got < 100000:
    got += len(b.recv(65536))
print("sendall delivered", got)
a.sendall(bytearray(b"from a bytearray"))
buf = bytearray(8)
print(b.recv_into(buf), buf)
print(b.recv_into(buf, 4), buf)
print(b.recv_into(buf), buf[:4])
print(b.recv(0))

b.sendall(b"reply")
print(a.recv(100))
a.shutdown(socket.SHUT_WR)
print("eof:", b.recv(100), b.recv(100))
try:
    a.send(b"after shutdown")
except BrokenPipeError as e:
    print(type(e).__name__, e.errno, e.strerror)
b.sendall(b"b can still write")
print(a.recv(100))
a.close()
print("peer closed:", b.recv(100))
b.close()

# makefile: binary reads and writes
a, b = socket.socketpair()
wf = a.makefile("wb")
rf = b.makefile("rb")
print(wf.writable(), wf.readable(), rf.readable(), rf.mode, wf.mode)
wf.write(b"line one\nline two\n")
wf.write(b"tail without newline")
wf.flush()
print(rf.readline())
print(rf.read(4), rf.read1(100))
wf.writelines([b"x\n", b"y\n"])
wf.close()
a.close()  # the socket really closes only now the file is closed too
print(rf.readlines())
print(rf.read())
rf.close()
b.close()

# makefile: text mode with universal newlines and an encoding
a, b = socket.socketpair()
w = a.makefile("w", encoding="utf-8")
r = b.makefile("r", encoding="utf-8")
print(w.mode, r.mode, r.encoding)
w.write("héllo\r\nwörld\nlast")
w.flush()
w.close()
a.close()
print(repr(r.readline()), repr(r.readline()))
print(repr(r.read()))
r.close()
b.close()

# iterating a file by lines
a, b = socket.socketpair()
with a.makefile("wb") as f:
    f.write(b"1\n2\n3\n")
a.close()
with b.makefile("rb") as f:
    print([line for line in f])
b.close()

for mode in ("rw+", "x"):
    s = socket.socket()
    try:
        s.makefile(mode)
    except ValueError as e:
        print("ValueError:", e)
    s.close()

# recv_into a slice of a bytearray through a memoryview
a, b = socket.socketpair()
buf = bytearray(10)
b.send(b"abcdef")
print(a.recv_into(memoryview(buf)[2:6]), buf)
try:
    a.recv_into(memoryview(b"read-only"))
except TypeError as e:
    print("TypeError:", e)
a.send(memoryview(b"--view--")[2:6])
print(b.recv(10))
a.close()
b.close()
