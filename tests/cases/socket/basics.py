# The socket object: constants as enum members, family/type/proto, repr, fileno, close, detach, context manager.
import socket


def shown(s):
    # fd numbers and ports differ from run to run
    text = repr(s)
    if s.fileno() >= 0:
        text = text.replace(f"fd={s.fileno()}", "fd=N")
    try:
        port = s.getsockname()[1]
        if port:
            text = text.replace(f", {port}", ", PORT")
    except (OSError, IndexError):
        pass
    return text


print(repr(socket.AF_INET), repr(socket.AF_INET6), repr(socket.AF_UNIX), repr(socket.SOCK_STREAM), repr(socket.SOCK_DGRAM))
print(str(socket.AF_INET), f"{socket.SOCK_DGRAM}", "%d %s" % (socket.AF_INET6, socket.AF_INET6))
print(socket.AF_INET == 2, socket.AF_INET.name, socket.AF_INET.value, socket.AddressFamily(10).name)
print(socket.SocketKind(1) is socket.SOCK_STREAM, repr(socket.MsgFlag.MSG_PEEK), repr(socket.AddressInfo.AI_PASSIVE))
try:
    socket.AddressFamily(12345)
except ValueError as e:
    print("ValueError:", e)
print(socket.error is OSError, socket.timeout is TimeoutError, issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError))
print(socket.SocketType is socket._socket.socket, isinstance(socket.socket(), socket.SocketType))

s = socket.socket()
print(shown(s))
print(repr(s.family), repr(s.type), s.proto, s.gettimeout(), s.getblocking(), s.fileno() > 2)
s.bind(("127.0.0.1", 0))
print(shown(s))
host, port = s.getsockname()
print(host, 0 < port < 65536)
s.close()
print(shown(s), s.fileno())
s.close()  # closing twice is fine

with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as d:
    print(shown(d), d.type, d.proto)
print(d._closed, shown(d))

with socket.socket(socket.AF_INET6) as s6:
    s6.bind(("::1", 0))
    name = s6.getsockname()
    print(len(name), name[0], name[2:], shown(s6))

u = socket.socket(socket.AF_UNIX)
print(repr(u.family), u.getsockname() == "", shown(u))
fd = u.detach()
print(u.fileno(), shown(u), fd >= 0)
u2 = socket.socket(fileno=fd)
print(repr(u2.family), repr(u2.type))
u2.close()

# a socket made from an existing fd shares it
a, b = socket.socketpair()
c = socket.socket(fileno=a.detach())
b.sendall(b"shared")
print(c.recv(10))
d2 = c.dup()
print(d2.fileno() != c.fileno(), repr(d2.family))
c.close()
b.sendall(b"still open")
print(d2.recv(20))
d2.close()
b.close()
