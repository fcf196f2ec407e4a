# A non-blocking echo server and three clients in one thread, driven by select.select().
import select
import socket

server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", 0))
server.listen(8)
server.setblocking(False)
address = server.getsockname()

clients = []
for i in range(3):
    c = socket.socket()
    c.setblocking(False)
    err = c.connect_ex(address)
    print("connect_ex:", err in (0, 115))
    clients.append(c)

# wait until every client is writable: connected
pending = list(clients)
while pending:
    _, writable, _ = select.select([], pending, [], 2)
    for c in writable:
        print("SO_ERROR:", c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
        pending.remove(c)

for i, c in enumerate(clients):
    c.send(f"message {i}".encode())

conns = []
replies = {}
while len(replies) < len(clients):
    readers = [server] + conns + clients
    readable, _, _ = select.select(readers, [], [], 2)
    if not readable:
        print("timed out")
        break
    for s in readable:
        if s is server:
            conn, peer = server.accept()
            conn.setblocking(False)
            conns.append(conn)
            print("accepted from the client side:", peer in [c.getsockname() for c in clients])
        elif s in conns:
            data = s.recv(100)
            if data:
                s.sendall(data.upper())
        else:
            replies[clients.index(s)] = s.recv(100)
print(sorted(replies.items()))

# a peer that closes is readable, with b'' to read
gone = clients[0].getsockname()
clients[0].close()
readable, _, _ = select.select(conns, [], [], 2)
for conn in readable:
    print("closed peer reads:", conn.recv(100), conn.getpeername() == gone)
print("nothing ready:", select.select([c for c in conns if c.getpeername() != gone], [], [], 0))
print("always writable:", len(select.select([], conns, [], 0)[1]))
for s in conns + clients[1:] + [server]:
    s.close()
