# Tests Server: is_serving, sockets, start_serving=False, close, wait_closed waiting for clients, close_clients, async with, get_loop.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    events = []

    async def handler(reader, writer):
        events.append("client connected")
        data = await reader.read()
        events.append(f"client sent {data!r}")
        writer.close()
        await writer.wait_closed()

    server = await asyncio.start_server(handler, "127.0.0.1", 0, start_serving=False)
    print("type:", type(server).__name__, "is asyncio.Server:", isinstance(server, asyncio.Server))
    print("is_serving before start:", server.is_serving(), "sockets:", len(server.sockets))
    print("get_loop:", server.get_loop() is loop)
    await server.start_serving()
    print("is_serving:", server.is_serving())
    port = server.sockets[0].getsockname()[1]

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await asyncio.sleep(0.05)
    server.close()
    print("after close: is_serving", server.is_serving(), "sockets", server.sockets)
    waiter = asyncio.create_task(server.wait_closed())
    await asyncio.sleep(0.05)
    print("wait_closed done while a client is connected:", waiter.done())
    writer.write(b"bye")
    writer.write_eof()
    print("client reads:", await reader.read())
    await waiter
    print("wait_closed done after the client left:", waiter.done())
    writer.close()
    await writer.wait_closed()
    print("events:", events)
    print("wait_closed again returns at once:", await server.wait_closed())
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print("serve_forever on a closed server:", e)

    # close_clients closes the transports of accepted connections
    async def idle(reader, writer):
        await reader.read()

    async with await asyncio.start_server(idle, "127.0.0.1", 0) as server2:
        port = server2.sockets[0].getsockname()[1]
        clients = [await asyncio.open_connection("127.0.0.1", port) for _ in range(3)]
        await asyncio.sleep(0.05)
        server2.close()
        server2.close_clients()
        for reader, writer in clients:
            print("client sees EOF:", await reader.read() == b"")
            writer.close()
            await writer.wait_closed()
    print("after async with: is_serving", server2.is_serving())

    # abort_clients drops them at once
    server3 = await asyncio.start_server(idle, "127.0.0.1", 0)
    port = server3.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await asyncio.sleep(0.05)
    server3.close()
    server3.abort_clients()
    await server3.wait_closed()
    print("aborted client sees EOF:", await reader.read() == b"")
    writer.close()
    await writer.wait_closed()

asyncio.run(main())
