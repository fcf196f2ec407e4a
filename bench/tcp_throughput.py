# Loopback TCP throughput on asyncio streams: one client sends 100 MiB to a server in the same
# process, in 64 KiB writes each followed by drain(); the server reads until EOF and replies with
# the byte count.
import asyncio

TOTAL = 100 * 1024 * 1024
CHUNK = 64 * 1024

async def sink(reader, writer):
    received = 0
    while data := await reader.read(CHUNK):
        received += len(data)
    writer.write(b"%d\n" % received)
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(sink, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    chunk = b"x" * CHUNK
    for _ in range(TOTAL // CHUNK):
        writer.write(chunk)
        await writer.drain()
    writer.write_eof()
    print("server received:", int(await reader.readline()))
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())
