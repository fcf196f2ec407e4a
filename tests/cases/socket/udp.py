# UDP sockets: sendto/recvfrom, connect then send/recv, timeouts and non-blocking reads.
import socket

receiver = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
receiver.bind(("127.0.0.1", 0))
sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
sender.bind(("127.0.0.1", 0))
print(sender.sendto(b"first", receiver.getsockname()))
print(sender.sendto(b"second", 0, receiver.getsockname()))
data, addr = receiver.recvfrom(100)
print(data, addr == sender.getsockname())
print(receiver.recv(100))

# datagrams keep their boundaries; a short buffer truncates one
sender.sendto(b"abcdefgh", receiver.getsockname())
print(receiver.recvfrom(3)[0])

sender.connect(receiver.getsockname())
print(sender.getpeername() == receiver.getsockname())
sender.send(b"connected")
print(receiver.recvfrom(100)[0])

receiver.settimeout(0.05)
try:
    receiver.recvfrom(100)
except TimeoutError as e:
    print("TimeoutError:", e)
receiver.setblocking(False)
try:
    receiver.recv(100)
except BlockingIOError as e:
    print("BlockingIOError:", e.errno)
unconnected = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
try:
    unconnected.send(b"nowhere")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    unconnected.sendto("text", receiver.getsockname())
except TypeError as e:
    print("TypeError:", e)
try:
    unconnected.sendto(b"x")
except TypeError as e:
    print("TypeError:", e)
for s in (receiver, sender, unconnected):
    s.close()
