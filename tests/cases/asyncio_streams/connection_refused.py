# Tests connecting to a port nobody listens on: ConnectionRefusedError from open_connection and create_connection.
import asyncio
import errno
import socket

async def main():
    # a bound socket that does not listen: connecting to its port is refused
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        try:
            await asyncio.open_connection("127.0.0.1", port)
        except ConnectionRefusedError as e:
            print("open_connection:", type(e).__name__, e.errno == errno.ECONNREFUSED)
            print("is OSError:", isinstance(e, OSError), "is ConnectionError:", isinstance(e, ConnectionError))
        loop = asyncio.get_running_loop()
        try:
            await loop.create_connection(asyncio.Protocol, "127.0.0.1", port)
        except OSError as e:
            print("create_connection:", type(e).__name__, e.errno == errno.ECONNREFUSED)

    # a server that was closed refuses new clients
    server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError:
        print("closed server: refused")

asyncio.run(main())
