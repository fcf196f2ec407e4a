# Tests an echo server and client over streams: lines, write/drain, peer and socket names, EOF, closing.
import asyncio

async def echo(reader, writer):
    async for line in reader:
        writer.write(line)
        await writer.drain()
    print("server: client sent EOF, at_eof:", reader.at_eof())
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(echo, "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()
    print("server host:", host, "port is int:", isinstance(port, int) and port > 0)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("peername is the server:", writer.get_extra_info("peername") == (host, port))
    sockname = writer.get_extra_info("sockname")
    print("sockname host:", sockname[0], "socket family:", writer.get_extra_info("socket").family.name)
    print("unknown extra:", writer.get_extra_info("nope"), writer.get_extra_info("nope", 42))
    for word in (b"hello", b"caf\xc3\xa9", b"x" * 1000):
        writer.write(word + b"\n")
        await writer.drain()
        back = await reader.readline()
        print("echoed", len(back), "bytes, same:", back == word + b"\n")
    writer.writelines([b"one\n", b"two\n", b"three\n"])
    await writer.drain()
    print("writelines:", [await reader.readline() for _ in range(3)])
    print("can_write_eof:", writer.can_write_eof())
    writer.write_eof()
    print("after EOF the server closes:", await reader.read(), reader.at_eof())
    print("is_closing before close:", writer.is_closing())
    writer.close()
    print("is_closing after close:", writer.is_closing())
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print("server is_serving:", server.is_serving())

asyncio.run(main())
