# Tests a BufferedProtocol: get_buffer/buffer_updated receive the data into the protocol's own buffer.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()

    class Collector(asyncio.BufferedProtocol):
        def __init__(self):
            self.buf = bytearray(1000)
            self.data = bytearray()
            self.hints = set()

        def get_buffer(self, sizehint):
            self.hints.add(sizehint)
            return self.buf

        def buffer_updated(self, nbytes):
            self.data += self.buf[:nbytes]

        def eof_received(self):
            self.eof = True

        def connection_lost(self, exc):
            done.set_result(self)

    async def send(reader, writer):
        writer.write(bytes(range(256)) * 40)
        await writer.drain()
        writer.close()
        await writer.wait_closed()

    server = await asyncio.start_server(send, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    transport, protocol = await loop.create_connection(Collector, "127.0.0.1", port)
    p = await done
    print("received:", len(p.data), "correct:", p.data == bytes(range(256)) * 40)
    print("eof_received:", p.eof, "size hints:", p.hints)
    server.close()
    await server.wait_closed()

asyncio.run(main())
