# Tests StreamReader over a connection: read(n), read(), readline, readexactly, readuntil (bytes and tuple), async for.
import asyncio

async def send(reader, writer):
    # the server sends its script in small pieces, then closes
    for piece in (b"alpha\nbe", b"ta\ngam", b"ma;delta\r\n", b"0123456789", b"END--x",
                  b"line1\nline2\nlast without newline"):
        writer.write(piece)
        await writer.drain()
        await asyncio.sleep(0.01)
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(send, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("readline:", await reader.readline())
    print("readline across chunks:", await reader.readline())
    print("readuntil ;:", await reader.readuntil(b";"))
    print("readuntil tuple:", await reader.readuntil((b"\n", b"\r\n")))
    print("readexactly 4:", await reader.readexactly(4))
    print("read(3):", await reader.read(3))
    print("read(0):", await reader.read(0))
    print("readuntil --:", await reader.readuntil(b"--"))
    print("readexactly 1:", await reader.readexactly(1))
    lines = [line async for line in reader]
    print("async for:", lines)
    print("at_eof:", reader.at_eof())
    print("read at EOF:", await reader.read(), await reader.read(5), await reader.readline())
    print("readexactly(0) at EOF:", await reader.readexactly(0))
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())
