# 1,000 concurrent connections to one in-process echo server on loopback: each client makes 10
# line round trips and checks every echoed byte.
import asyncio

CLIENTS = 1000
ROUNDS = 10

async def echo(reader, writer):
    async for line in reader:
        writer.write(line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()

async def client(port, i):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    ok = True
    for r in range(ROUNDS):
        line = b"client %d round %d %s\n" % (i, r, b"." * (i % 64))
        writer.write(line)
        await writer.drain()
        ok = ok and await reader.readline() == line
    writer.close()
    await writer.wait_closed()
    return ok

async def main():
    server = await asyncio.start_server(echo, "127.0.0.1", 0, backlog=CLIENTS)
    port = server.sockets[0].getsockname()[1]
    results = await asyncio.gather(*(client(port, i) for i in range(CLIENTS)))
    print("clients:", len(results), "all echoed exactly:", all(results))
    server.close()
    await server.wait_closed()

asyncio.run(main())
