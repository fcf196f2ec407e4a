# A peer that aborts (SO_LINGER 0) resets the connection: ConnectionResetError on recv, BrokenPipeError on send.
import socket
import time

server = socket.create_server(("127.0.0.1", 0))
client = socket.create_connection(server.getsockname())
conn, _ = server.accept()
linger = (1).to_bytes(4, "little") + (0).to_bytes(4, "little")  # struct linger {on, 0 seconds}
client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
print("SO_LINGER:", client.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER))
client.close()
time.sleep(0.1)
try:
    conn.recv(10)
except ConnectionResetError as e:
    print(type(e).__name__, e.errno, e.strerror, isinstance(e, ConnectionError))
try:
    for _ in range(3):
        conn.send(b"x")
        time.sleep(0.02)
except BrokenPipeError as e:
    print(type(e).__name__, e.errno, e.strerror)
conn.close()
server.close()
