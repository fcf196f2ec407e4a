# Tests the argument errors of create_connection, create_server, open_connection and transport.write.
import asyncio
import socket

async def main():
    loop = asyncio.get_running_loop()

    async def attempt(label, coro):
        try:
            await coro
        except (ValueError, TypeError) as e:
            print(f"{label}: {type(e).__name__}: {e}")

    await attempt("create_connection()", loop.create_connection(asyncio.Protocol))
    with socket.socket() as s:
        await attempt("host and sock", loop.create_connection(asyncio.Protocol, "127.0.0.1", 1, sock=s))
        await attempt("server_hostname without ssl",
                      loop.create_connection(asyncio.Protocol, "127.0.0.1", 1, server_hostname="x"))
        await attempt("create_server host and sock", loop.create_server(asyncio.Protocol, "127.0.0.1", 0, sock=s))
    await attempt("create_server()", loop.create_server(asyncio.Protocol))
    await attempt("create_server ssl=True", loop.create_server(asyncio.Protocol, "127.0.0.1", 0, ssl=True))
    await attempt("open_connection()", asyncio.open_connection())
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u:
        try:
            await loop.create_connection(asyncio.Protocol, sock=u)
        except ValueError as e:
            print("datagram socket:", str(e).startswith("A Stream Socket was expected, got <socket.socket"))

    server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for bad in ("text", 42, None):
        try:
            writer.write(bad)
        except TypeError as e:
            print("write", repr(bad), "->", e)
    writer.write(b"")  # nothing to write: fine
    writer.write_eof()
    writer.write_eof()  # twice: nothing happens
    try:
        writer.write(b"more")
    except RuntimeError as e:
        print("write after write_eof:", e)
    try:
        writer.writelines([b"more"])
    except RuntimeError as e:
        print("writelines after write_eof:", e)
    writer.close()
    await writer.wait_closed()
    server.close()
    server.close_clients()  # the callback left its side of the connection open
    await server.wait_closed()

asyncio.run(main())
