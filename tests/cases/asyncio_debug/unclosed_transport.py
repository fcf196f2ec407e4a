# A socket transport freed before it was closed warns "unclosed transport <...>" with a
# ResourceWarning whose source is the transport (CPython 3.13's _SelectorTransport.__del__),
# and closes its socket. Here the connection comes from asyncio.open_connection and outlives
# its loop; its StreamWriter, dropped first, warns "loop is closed". ResourceWarnings show with
# the "default" filter, as with -W default. CPython frees objects as soon as the last reference
# goes, Taipan when the collector finds them: gc.collect() makes both act at the same point.
# The loop's fds differ (CPython's selector and self-pipe take three): fd numbers are masked (by the suite).
import asyncio
import gc
import warnings


warnings.simplefilter("default")


async def handle(reader, writer):
    print("server read", await reader.read(4))
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"ping")
    # the server closes its side; the client's transport stays open after EOF
    print("client read", await reader.read(), "at EOF:", reader.at_eof())
    server.close()
    await server.wait_closed()
    return writer


writer = asyncio.run(main())
transport = writer.transport
# keeps the socket object alive: only the transport is freed below
sock = transport.get_extra_info("socket")
print("loop closed; transport closing:", transport.is_closing())

writer = None
gc.collect()
print("writer collected")

transport = None
gc.collect()
print("transport collected; socket closed:", sock.fileno() == -1)
