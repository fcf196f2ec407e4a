# Writers dropped while the loop waits: CPython frees them at once (reference counting) and their
# __del__ closes the connections, so the server's wait_closed() returns. Taipan collects when the
# loop is about to wait with finalizable objects made since its last such collection: the same
# warnings, and no hang. No gc.collect() here. fd numbers are masked (by the suite).
import asyncio
import warnings


warnings.simplefilter("default")


async def main():
    server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    del reader, writer
    server.close()
    await server.wait_closed()
    print("server closed")


asyncio.run(main())
