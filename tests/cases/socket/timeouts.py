# Timeouts: settimeout/gettimeout/setblocking, TimeoutError('timed out') from recv/accept/sendall, the default timeout.
import socket
import time

s = socket.socket()
print(s.gettimeout(), s.getblocking(), s.timeout)
s.settimeout(0.25)
print(s.gettimeout(), s.getblocking(), s.timeout)
s.settimeout(0)
print(s.gettimeout(), s.getblocking())
s.setblocking(True)
print(s.gettimeout(), s.getblocking())
s.setblocking(False)
print(s.gettimeout(), s.getblocking())
s.settimeout(None)
print(s.gettimeout())
s.settimeout(3)
print(repr(s.gettimeout()))
for bad in (-1, -0.5, "1", float("nan")):
    try:
        s.settimeout(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
s.close()

a, b = socket.socketpair()
a.settimeout(0.05)
start = time.monotonic()
try:
    a.recv(10)
except socket.timeout as e:
    print("recv:", type(e).__name__, e, e.args, e.errno, isinstance(e, OSError))
print("waited about the timeout:", 0.04 < time.monotonic() - start < 1.0)
b.sendall(b"in time")
print(a.recv(10))

# a full send buffer times out too
a.settimeout(0.05)
try:
    while True:
        a.sendall(b"x" * 65536)
except TimeoutError as e:
    print("sendall:", e)
a.close()
b.close()

server = socket.socket()
server.bind(("127.0.0.1", 0))
server.listen()
server.settimeout(0.05)
try:
    server.accept()
except TimeoutError as e:
    print("accept:", e)
client = socket.create_connection(server.getsockname(), timeout=2)
print("client timeout:", client.gettimeout())
conn, _ = server.accept()
print("accepted socket timeout:", conn.gettimeout())
conn.close()
client.close()
server.close()

print("default:", socket.getdefaulttimeout())
socket.setdefaulttimeout(1.5)
with socket.socket() as d:
    print("new socket:", d.gettimeout(), socket.getdefaulttimeout())
socket.setdefaulttimeout(None)
with socket.socket() as d:
    print("new socket:", d.gettimeout())
try:
    socket.setdefaulttimeout(-2)
except ValueError as e:
    print("ValueError", e)
