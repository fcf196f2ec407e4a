# A blocking echo server in a thread and blocking clients: accept, recv, sendall, shutdown, create_server/create_connection.
import socket
import threading

server = socket.create_server(("127.0.0.1", 0))
print("reuseaddr:", server.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
print("listening:", server.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
log = []


def serve(count):
    for _ in range(count):
        conn, addr = server.accept()
        with conn:
            total = b""
            while True:
                data = conn.recv(4096)
                if not data:
                    break
                total += data
                conn.sendall(data.upper())
            log.append(len(total))


t = threading.Thread(target=serve, args=(2,))
t.start()
with socket.create_connection(server.getsockname(), timeout=5) as c:
    c.sendall(b"hello over tcp")
    print(c.recv(100))
    c.sendall(b"a" * 50000)
    got = b""
    while len(got) < 50000:
        got += c.recv(65536)
    print(len(got), set(got))
    c.shutdown(socket.SHUT_WR)
    print("server closed:", c.recv(10))
with socket.create_connection(server.getsockname()) as c:
    f = c.makefile("rwb")
    f.write(b"via a file\n")
    f.flush()
    print(f.readline())
    c.shutdown(socket.SHUT_WR)
    print(f.read())
    f.close()
t.join()
print(log)
closed_port = server.getsockname()[1]
server.close()

try:
    socket.create_connection(("127.0.0.1", closed_port), timeout=1)
except ConnectionRefusedError as e:
    print("create_connection:", type(e).__name__, e.errno)
try:
    socket.create_server(("127.0.0.1", 0), family=socket.AF_INET, dualstack_ipv6=True)
except ValueError as e:
    print("ValueError:", e)
