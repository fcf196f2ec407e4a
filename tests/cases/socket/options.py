# setsockopt/getsockopt: the common SOL_SOCKET and TCP options, SO_ERROR, SO_TYPE and unknown options.
import socket

s = socket.socket()
for level, name, label in [(socket.SOL_SOCKET, socket.SO_REUSEADDR, "SO_REUSEADDR"),
                           (socket.SOL_SOCKET, socket.SO_KEEPALIVE, "SO_KEEPALIVE"),
                           (socket.IPPROTO_TCP, socket.TCP_NODELAY, "TCP_NODELAY")]:
    before = s.getsockopt(level, name)
    s.setsockopt(level, name, 1)
    on = s.getsockopt(level, name)
    s.setsockopt(level, name, False)
    print(label, before, on != 0, s.getsockopt(level, name))
s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
s.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 65536)
print("buffers set:", s.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF) >= 65536, s.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF) >= 65536)
print("SO_TYPE:", s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE), "SO_ERROR:", s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
print("SO_ACCEPTCONN:", s.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
for args in [(socket.SOL_SOCKET, 12345), (999, 1)]:
    try:
        s.getsockopt(*args)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
try:
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, "yes")
except TypeError as e:
    print("TypeError:", e)
try:
    s.setsockopt(socket.SOL_SOCKET)
except TypeError as e:
    print("TypeError:", e)
s.close()

# options survive listen(), and a refused connect leaves its error in SO_ERROR
server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", 0))
server.listen()
print("listening SO_REUSEADDR:", server.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0,
      "SO_ACCEPTCONN:", server.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
port = server.getsockname()[1]
server.close()

import select
c = socket.socket()
c.setblocking(False)
print("connect_ex:", c.connect_ex(("127.0.0.1", port)) in (111, 115))
select.select([], [c], [], 2)
print("SO_ERROR after refusal:", c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
print("SO_ERROR is cleared:", c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
c.close()

u = socket.socket(type=socket.SOCK_DGRAM)
print("UDP SO_TYPE:", u.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE))
u.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
print("SO_BROADCAST:", u.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST) != 0)
u.close()
