# Tests StreamWriter.drain: it waits while the peer does not read, returns once the buffer drains, and raises after the connection is lost.
import asyncio

SIZE = 16 * 1024 * 1024  # more than loopback's socket buffers hold

async def main():
    order = []
    start_reading = asyncio.Event()

    async def slow(reader, writer):
        await start_reading.wait()
        order.append("server starts reading")
        total = 0
        while chunk := await reader.read(1 << 20):
            total += len(chunk)
        order.append(f"server read {total == SIZE + 1}")
        writer.close()
        await writer.wait_closed()

    server = await asyncio.start_server(slow, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"d" * SIZE)
    drain = asyncio.create_task(writer.drain())
    await asyncio.sleep(0.1)
    print("drain waits while the peer does not read:", not drain.done())
    start_reading.set()
    await drain
    order.append("drain returned")
    writer.write(b"!")
    await writer.drain()  # not paused: returns at once
    writer.write_eof()
    print("server closes:", await reader.read() == b"")
    writer.close()
    await writer.wait_closed()
    print(order[:2])
    print(order[2:])

    # after the connection is lost, drain raises ConnectionResetError
    async def closer(reader, writer):
        writer.close()
        await writer.wait_closed()

    server2 = await asyncio.start_server(closer, "127.0.0.1", 0)
    port = server2.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("EOF from server:", await reader.read())
    writer.close()
    try:
        writer.write(b"late")
        await writer.drain()
    except ConnectionResetError as e:
        print("drain after close:", type(e).__name__, e)
    await writer.wait_closed()
    server.close()
    server2.close()
    await server.wait_closed()
    await server2.wait_closed()

asyncio.run(main())
