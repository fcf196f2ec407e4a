# AF_UNIX stream sockets bound to a path: listen, connect, accept, names, and connecting to a missing path.
import os
import socket
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, "server.sock")
server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
server.bind(path)
server.listen()
print("socket file made:", os.path.exists(path), server.getsockname() == path)
client = socket.socket(socket.AF_UNIX)
client.connect(path)
conn, addr = server.accept()
print("peer address:", repr(addr), "client name:", repr(client.getsockname()), client.getpeername() == path)
client.sendall(b"over a unix socket")
print(conn.recv(100))
conn.sendall(b"reply")
print(client.recv(100))
for s in (conn, client, server):
    s.close()
os.remove(path)

missing = socket.socket(socket.AF_UNIX)
try:
    missing.connect(os.path.join(folder, "nobody.sock"))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    missing.connect(("127.0.0.1", 80))
except TypeError as e:
    print("TypeError:", e)
missing.close()
os.rmdir(folder)
