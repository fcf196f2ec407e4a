# Tests IncompleteReadError when the peer closes before readexactly/readuntil are satisfied.
import asyncio

async def short(reader, writer):
    writer.write(b"only 12 byte")
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(short, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        await reader.readexactly(100)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, "|", e, "|", e.partial, e.expected)
        print("is EOFError:", isinstance(e, EOFError))
    print("buffer emptied:", await reader.read())
    writer.close()
    await writer.wait_closed()

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        await reader.readuntil(b"\n")
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, "|", e, "|", e.partial, e.expected)
    print("readline returns the partial line instead:", await reader.readline())
    writer.close()
    await writer.wait_closed()

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("readline at EOF without newline:", await reader.readline())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())
