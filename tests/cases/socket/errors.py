# Socket errors carry CPython's types, errno values and messages.
import errno
import socket


def attempt(label, fn, *args):
    try:
        result = fn(*args)
    except OSError as e:
        print(f"{label}: {type(e).__name__} errno={e.errno} {e.strerror or e}")
    except (TypeError, ValueError, OverflowError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {result!r}")


# connection refused: a port that was bound but never listened on
probe = socket.socket()
probe.bind(("127.0.0.1", 0))
closed_port = probe.getsockname()[1]
probe.close()
c = socket.socket()
attempt("connect refused", c.connect, ("127.0.0.1", closed_port))
c.close()
c = socket.socket()
attempt("connect_ex refused", c.connect_ex, ("127.0.0.1", closed_port))
print(c.connect_ex(("127.0.0.1", closed_port)) == errno.ECONNREFUSED)
c.close()

# address already in use
server = socket.socket()
server.bind(("127.0.0.1", 0))
server.listen()
port = server.getsockname()[1]
other = socket.socket()
attempt("bind in use", other.bind, ("127.0.0.1", port))
other.close()
attempt("bind twice", server.bind, ("127.0.0.1", 0))

# non-blocking operations that would block
n = socket.socket()
n.setblocking(False)
attempt("connect in progress", n.connect, ("127.0.0.1", port))
server.setblocking(False)
conn, _ = server.accept()
conn.setblocking(False)
attempt("recv would block", conn.recv, 10)
attempt("accept would block", server.accept)
attempt("connect again", n.connect, ("127.0.0.1", port))
attempt("connect_ex again", n.connect_ex, ("127.0.0.1", port))
conn.close()
n.close()

# not connected
s = socket.socket()
attempt("recv unconnected", s.recv, 1)
attempt("getpeername unconnected", s.getpeername)
attempt("shutdown unconnected", s.shutdown, socket.SHUT_RDWR)
attempt("accept not listening", s.accept)
s.close()

# use after close: EBADF everywhere
for name, args in [("recv", (1,)), ("send", (b"x",)), ("sendall", (b"x",)), ("getsockname", ()), ("bind", (("127.0.0.1", 0),)),
                   ("listen", ()), ("connect", (("127.0.0.1", port),)), ("setsockopt", (socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)),
                   ("getsockopt", (socket.SOL_SOCKET, socket.SO_REUSEADDR)), ("settimeout", (1,)), ("setblocking", (False,)),
                   ("shutdown", (socket.SHUT_RD,))]:
    attempt(f"closed {name}", getattr(s, name), *args)
print("fileno after close:", s.fileno(), "getblocking:", s.getblocking())
attempt("socket(fileno=bad)", socket.socket, socket.AF_INET, socket.SOCK_STREAM, 0, 9999)

# bad arguments
t = socket.socket()
attempt("bind str", t.bind, "127.0.0.1")
attempt("bind short tuple", t.bind, ("127.0.0.1",))
attempt("bind port overflow", t.bind, ("127.0.0.1", 70000))
attempt("bind port type", t.bind, ("127.0.0.1", "80"))
attempt("bind host type", t.bind, (80, 80))
attempt("bind foreign address", t.bind, ("192.0.2.1", 0))
attempt("bind unknown host", t.bind, ("no.such.host.invalid", 0))
attempt("send str", t.send, "text")
attempt("recv negative", t.recv, -1)
attempt("recv_into bytes", t.recv_into, b"abc")
attempt("recv_into too small", t.recv_into, bytearray(2), 5)
attempt("shutdown bad how", t.shutdown, 7)
t.close()
attempt("bad family", socket.socket, 12345)
attempt("bad type", socket.socket, socket.AF_INET, 99)
attempt("bad proto", socket.socket, socket.AF_INET, socket.SOCK_STREAM, 17)
attempt("socketpair AF_INET", socket.socketpair, socket.AF_INET)
server.close()
