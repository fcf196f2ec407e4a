# Tests transports over sockets made by hand: create_server(sock=), create_connection(sock=), connect_accepted_socket, open_connection(sock=).
import asyncio
import socket

async def main():
    loop = asyncio.get_running_loop()
    received = []

    class Upper(asyncio.Protocol):
        def connection_made(self, transport):
            self.transport = transport
        def data_received(self, data):
            received.append(data)
            self.transport.write(data.upper())
        def eof_received(self):
            self.transport.close()

    # a listening socket made by hand, served by create_server(sock=...)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    server = await loop.create_server(Upper, sock=listener)
    print("server uses our socket:", server.sockets[0].fileno() == listener.fileno())

    # a connected socket made by hand, wrapped by open_connection(sock=...)
    raw = socket.create_connection(("127.0.0.1", port))
    reader, writer = await asyncio.open_connection(sock=raw)
    print("transport socket is ours:", writer.get_extra_info("socket").fileno() == raw.fileno())
    writer.write(b"abc")
    writer.write_eof()
    print("echo:", await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

    # connect_accepted_socket: the server side of a connection accepted by hand
    with socket.socket() as lsock:
        lsock.bind(("127.0.0.1", 0))
        lsock.listen()
        lsock.setblocking(False)
        client = socket.socket()
        client.setblocking(False)
        connect = asyncio.create_task(loop.sock_connect(client, lsock.getsockname()))
        conn, addr = await loop.sock_accept(lsock)
        await connect
        transport, protocol = await loop.connect_accepted_socket(Upper, conn)
        print("accepted transport peer is the client:", transport.get_extra_info("peername") == client.getsockname())
        await loop.sock_sendall(client, b"xyz")
        print("reply:", await loop.sock_recv(client, 100))
        client.shutdown(socket.SHUT_WR)
        print("after EOF:", await loop.sock_recv(client, 100))
        client.close()
    print("protocols received:", received)

asyncio.run(main())
