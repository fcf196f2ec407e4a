# A server handler that returns without closing its StreamWriter: the protocol holds the stream
# weakly (as CPython's StreamReaderProtocol), so the writer is collected once the handler is done;
# its __del__ closes the connection and warns "unclosed <StreamWriter ...>" (a ResourceWarning,
# shown with the "default" filter). CPython frees it as soon as the handler returns, Taipan when the
# collector finds it: gc.collect() makes both act at the same point. fd numbers are masked (by the suite).
import asyncio
import gc
import warnings


warnings.simplefilter("default")
handled = None


async def handle(reader, writer):
    data = await reader.readline()
    writer.write(b"echo " + data)
    await writer.drain()
    print("handler returns without closing")
    handled.set_result(None)


async def main():
    global handled
    handled = asyncio.get_running_loop().create_future()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"hello\n")
    print("client got", await reader.readline())
    await handled
    await asyncio.sleep(0.05)
    gc.collect()
    print("client then reads", await reader.read(), "at EOF:", reader.at_eof())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
print("end")
