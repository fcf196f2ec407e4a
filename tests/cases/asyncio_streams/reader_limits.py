# Tests the StreamReader limit: LimitOverrunError from readuntil, ValueError from readline, and bad arguments.
import asyncio

async def main():
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print("limit=0:", e)

    r = asyncio.StreamReader(limit=8)
    r.feed_data(b"0123456789abcdef")
    try:
        await r.readuntil(b"\n")
    except asyncio.LimitOverrunError as e:
        print("not found:", type(e).__name__, e, "consumed:", e.consumed)
    print("data kept:", await r.readexactly(16))

    r.feed_data(b"0123456789ab\nrest\n")
    try:
        await r.readuntil(b"\n")
    except asyncio.LimitOverrunError as e:
        print("found but long:", e, "consumed:", e.consumed)
    try:
        await r.readline()
    except ValueError as e:
        print("readline:", type(e).__name__, e)
    print("the long line was dropped:", await r.readline())

    r.feed_data(b"a" * 20)
    try:
        await r.readline()
    except ValueError as e:
        print("readline no newline:", e)
    print("buffer cleared:", repr(r))

    r2 = asyncio.StreamReader()
    r2.feed_data(b"x")
    for bad in (b"", ()):
        try:
            await r2.readuntil(bad)
        except ValueError as e:
            print("separator", repr(bad), "->", e)
    try:
        await r2.readexactly(-1)
    except ValueError as e:
        print("readexactly(-1):", e)

    # a limit over a real connection: the reader pauses the transport when over 2 * limit buffered
    async def big(reader, writer):
        writer.write(b"y" * 100 + b"\n" + b"z" * 10 + b"\n")
        await writer.drain()
        writer.close()
        await writer.wait_closed()

    server = await asyncio.start_server(big, "127.0.0.1", 0, limit=16)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=16)
    try:
        await reader.readline()
    except ValueError as e:
        print("over the connection:", type(e).__name__)
    print("next line:", await reader.readline())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())
