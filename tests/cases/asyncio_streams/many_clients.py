# Tests 1,000 concurrent client connections to one in-process echo server; every byte is checked
# (the case's time limit checks that it is fast enough).
import asyncio

CLIENTS = 1000

async def echo(reader, writer):
    data = await reader.read()
    writer.write(data)
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def client(port, i):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    payload = (b"%d:" % i) * (100 + i % 50)
    writer.write(payload)
    await writer.drain()
    writer.write_eof()
    back = await reader.read()
    writer.close()
    await writer.wait_closed()
    return back == payload, len(payload)

async def main():
    server = await asyncio.start_server(echo, "127.0.0.1", 0, backlog=CLIENTS)
    port = server.sockets[0].getsockname()[1]
    results = await asyncio.gather(*(client(port, i) for i in range(CLIENTS)))
    print("clients:", len(results))
    print("all echoed exactly:", all(ok for ok, _ in results))
    print("bytes checked:", sum(n for _, n in results))
    server.close()
    await server.wait_closed()

asyncio.run(main())
