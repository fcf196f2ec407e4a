# The loop's low-level socket coroutines: sock_accept, sock_connect, sock_sendall, sock_recv, sock_recv_into, sock_sendto/recvfrom.
import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.setblocking(False)
    address = server.getsockname()

    client = socket.socket()
    client.setblocking(False)
    accepting = asyncio.create_task(loop.sock_accept(server))
    print("connect:", await loop.sock_connect(client, address))
    conn, peer = await accepting
    print("accepted:", peer == client.getsockname(), "blocking:", conn.getblocking())

    async def echo():
        while True:
            data = await loop.sock_recv(conn, 65536)
            if not data:
                break
            await loop.sock_sendall(conn, data.upper())
        conn.close()

    echoing = asyncio.create_task(echo())
    await loop.sock_sendall(client, b"hello")
    print(await loop.sock_recv(client, 100))

    payload = bytes(range(256)) * 2048  # 512 KiB: more than the socket buffers hold
    sender = asyncio.create_task(loop.sock_sendall(client, payload))
    buf = bytearray(65536)
    received = bytearray()
    while len(received) < len(payload):
        n = await loop.sock_recv_into(client, buf)
        received += buf[:n]
    print("sendall:", await sender, "received:", len(received), "intact:", received == payload.upper())
    client.shutdown(socket.SHUT_WR)
    await echoing
    print("after close:", await loop.sock_recv(client, 100))
    client.close()

    # a coroutine waiting in sock_recv can be cancelled: its reader is removed
    a, b = socket.socketpair()
    a.setblocking(False)
    waiting = asyncio.create_task(loop.sock_recv(a, 10))
    await asyncio.sleep(0)
    waiting.cancel()
    try:
        await waiting
    except asyncio.CancelledError:
        print("cancelled; reader left:", loop.remove_reader(a))
    b.send(b"later")
    print(await loop.sock_recv(a, 10))
    a.close()
    b.close()

    # connection refused through sock_connect
    port = server.getsockname()[1]
    server.close()
    refused = socket.socket()
    refused.setblocking(False)
    try:
        await loop.sock_connect(refused, ("127.0.0.1", port))
    except OSError as e:
        print("sock_connect:", type(e).__name__, e.errno)
    refused.close()

    # datagrams
    u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    for u in (u1, u2):
        u.bind(("127.0.0.1", 0))
        u.setblocking(False)
    receiving = asyncio.create_task(loop.sock_recvfrom(u2, 100))
    await asyncio.sleep(0)
    print("sendto:", await loop.sock_sendto(u1, b"datagram", u2.getsockname()))
    data, sender_address = await receiving
    print(data, sender_address == u1.getsockname())
    u1.close()
    u2.close()

    # in debug mode a blocking socket is refused
    loop.set_debug(True)
    blocking = socket.socket()
    for coro in (loop.sock_recv(blocking, 1), loop.sock_sendall(blocking, b"x"), loop.sock_accept(blocking),
                 loop.sock_connect(blocking, ("127.0.0.1", 1))):
        try:
            await coro
        except ValueError as e:
            print("ValueError:", e)
    blocking.close()
    loop.set_debug(False)
    print(await loop.getaddrinfo("127.0.0.1", 80, type=socket.SOCK_STREAM))
    print(await loop.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))


asyncio.run(main())
