# One socket used by two threads at once: the main thread blocks in sendall while a reader thread blocks in recv.
import socket
import threading

a, b = socket.socketpair()
N = 1024 * 1024
received = []


def reader():
    total = 0
    while total < N:
        data = a.recv(65536)
        if not data:
            break
        total += len(data)
    received.append(total)


def echo():
    while True:
        data = b.recv(65536)
        if not data:
            break
        b.sendall(data)
    b.close()


threads = [threading.Thread(target=reader), threading.Thread(target=echo)]
for t in threads:
    t.start()
a.sendall(b"z" * N)  # more than both socket buffers: it completes only because the reader drains the echo
threads[0].join()
a.shutdown(socket.SHUT_WR)
threads[1].join()
print("echoed:", received)
print("peer closed:", a.recv(10))
a.close()
