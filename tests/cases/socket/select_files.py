# Regular files next to sockets: always ready for select() and poll(), refused by epoll and the event loop (EPERM).
import asyncio
import os
import select
import socket
import tempfile

fd, path = tempfile.mkstemp()
os.close(fd)
a, b = socket.socketpair()
with open(path, "rb") as f:
    print(select.select([f, a], [f], [], 0) == ([f], [f], []))
    p = select.poll()
    p.register(f, select.POLLIN)
    p.register(a, select.POLLIN)
    print(p.poll(0) == [(f.fileno(), select.POLLIN)])
    ep = select.epoll()
    try:
        ep.register(f, select.EPOLLIN)
    except OSError as e:
        print("epoll:", type(e).__name__, e.errno, e.strerror)
    ep.close()
    loop = asyncio.new_event_loop()
    try:
        loop.add_reader(f, print)
    except OSError as e:
        print("add_reader:", type(e).__name__, e.errno, e.strerror)
    loop.close()
a.close()
b.close()
os.remove(path)
