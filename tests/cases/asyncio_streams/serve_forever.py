# Tests Server.serve_forever: serving until cancelled, then closed; a second concurrent call is refused.
import asyncio

async def main():
    async def hello(reader, writer):
        writer.write(b"hello\n")
        await writer.drain()
        writer.close()
        await writer.wait_closed()

    server = await asyncio.start_server(hello, "127.0.0.1", 0, start_serving=False)
    port = server.sockets[0].getsockname()[1]
    task = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0)
    print("serving:", server.is_serving())
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print("second serve_forever:", str(e).startswith("server <Server sockets=(<asyncio.TransportSocket"),
              str(e).endswith("is already being awaited on serve_forever()"))
    for _ in range(2):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        print("got:", await reader.readline())
        writer.close()
        await writer.wait_closed()
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("serve_forever cancelled")
    print("serving after cancel:", server.is_serving(), "sockets:", server.sockets)

asyncio.run(main())
