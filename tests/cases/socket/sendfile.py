# Sending a file over a socket: socket.sendfile (offset, count, file position) and loop.sock_sendfile.
import asyncio
import os
import socket
import tempfile

fd, path = tempfile.mkstemp()
os.close(fd)
with open(path, "wb") as f:
    f.write(b"0123456789" * 1000)

a, b = socket.socketpair()
with open(path, "rb") as f:
    print(a.sendfile(f, 5, 20), f.tell())
    print(b.recv(100))
    print(a.sendfile(f), f.tell())
    got = b""
    while len(got) < 9975:
        got += b.recv(65536)
    print(len(got), got[:10])
with open(path, "r") as text:
    try:
        a.sendfile(text)
    except ValueError as e:
        print("ValueError:", e)
with open(path, "rb") as f:
    for count in (0, -1, "5"):
        try:
            a.sendfile(f, 0, count)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    a.setblocking(False)
    try:
        a.sendfile(f)
    except ValueError as e:
        print("ValueError:", e)


async def main():
    loop = asyncio.get_running_loop()
    b.setblocking(False)
    with open(path, "rb") as f:
        print(await loop.sock_sendfile(a, f, 100, 30), f.tell())
        print(await loop.sock_recv(b, 100))
        try:
            await loop.sock_sendfile(a, f, fallback=False)
        except asyncio.SendfileNotAvailableError:
            print("no native sendfile for a socketpair")
        try:
            await loop.sock_sendfile(a, f, -1)
        except ValueError as e:
            print("ValueError:", e)


asyncio.run(main())
a.close()
b.close()
os.remove(path)
