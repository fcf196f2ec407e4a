# A StreamWriter dropped while its transport is open closes the transport and warns
# "unclosed <StreamWriter ...>" with a ResourceWarning (CPython 3.13's StreamWriter.__del__).
# ResourceWarnings are ignored by default; the "default" filter shows them, as -W default does.
# A writer closed properly warns nothing. CPython frees the writer as soon as the last reference
# goes, Taipan when the collector finds it: gc.collect() makes both act at the same point.
# The loop's fds differ (CPython's selector and self-pipe take three): fd numbers are masked (by the suite).
import asyncio
import gc
import warnings


async def handle(reader, writer):
    data = await reader.read()
    print("server read", data, "then EOF")
    writer.close()
    await writer.wait_closed()


async def connect(port, message):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(message)
    await writer.drain()
    return writer


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]

    # ignored by default: nothing is printed, but the writer still closes its transport
    writer = await connect(port, b"first")
    transport = writer.transport
    writer = None
    gc.collect()
    print("first transport closing:", transport.is_closing())
    transport = None
    await asyncio.sleep(0.1)

    warnings.simplefilter("default")
    writer = await connect(port, b"second")
    writer = None
    gc.collect()
    print("second writer collected")
    await asyncio.sleep(0.1)

    # closed properly: no warning
    writer = await connect(port, b"third")
    writer.close()
    await writer.wait_closed()
    writer = None
    gc.collect()
    print("third writer collected")
    await asyncio.sleep(0.1)

    server.close()
    await server.wait_closed()


asyncio.run(main())
gc.collect()
print("end")
