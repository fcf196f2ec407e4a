# Tests a start_server callback that raises: the loop's exception handler hears of it and the connection is closed.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    reported = []

    def handler(loop, context):
        reported.append((context["message"], repr(context.get("exception")),
                         isinstance(context.get("transport"), asyncio.Transport)))

    loop.set_exception_handler(handler)

    async def broken(reader, writer):
        line = await reader.readline()
        raise ValueError(f"cannot handle {line!r}")

    server = await asyncio.start_server(broken, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"hi\n")
    print("connection closed by the server:", await reader.read() == b"")
    writer.close()
    await writer.wait_closed()
    for r in reported:
        print(r)

    # a plain (not async) callback works too; its result is ignored
    def plain(reader, writer):
        writer.write(b"from a plain callback\n")
        writer.close()

    server2 = await asyncio.start_server(plain, "127.0.0.1", 0)
    port = server2.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    server2.close()
    await server.wait_closed()
    await server2.wait_closed()

asyncio.run(main())
