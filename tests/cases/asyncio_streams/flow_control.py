# Tests write flow control: pause_writing when the buffer goes over the high-water mark, resume_writing when drained; pause_reading/resume_reading.
import asyncio

SIZE = 16 * 1024 * 1024  # more than loopback's socket buffers hold

async def main():
    loop = asyncio.get_running_loop()
    got_all = loop.create_future()

    class SlowReader(asyncio.Protocol):
        def connection_made(self, transport):
            self.transport = transport
            self.received = 0
            transport.pause_reading()
            transport.pause_reading()  # a second pause does nothing
            print("server is_reading after pause:", transport.is_reading())

        def data_received(self, data):
            self.received += len(data)
            if self.received == SIZE + 1:
                got_all.set_result(None)

    servers = []
    server = await loop.create_server(lambda: servers.append(SlowReader()) or servers[-1], "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]

    calls = []
    resumed = loop.create_future()

    class Writer(asyncio.Protocol):
        def pause_writing(self):
            calls.append("pause_writing")

        def resume_writing(self):
            calls.append("resume_writing")
            resumed.set_result(None)

    transport, _ = await loop.create_connection(Writer, "127.0.0.1", port)
    print("default limits:", transport.get_write_buffer_limits())
    transport.set_write_buffer_limits(high=100000)
    print("limits with high=100000:", transport.get_write_buffer_limits())
    transport.set_write_buffer_limits(high=64 * 1024, low=1024)
    print("limits:", transport.get_write_buffer_limits())
    try:
        transport.set_write_buffer_limits(high=1, low=2)
    except ValueError as e:
        print("bad limits:", e)
    await asyncio.sleep(0.05)

    transport.write(b"a" * SIZE)
    print("after one big write:", calls, "buffered:", transport.get_write_buffer_size() > 64 * 1024)
    transport.write(b"b")
    print("writing more does not pause twice:", calls)
    await asyncio.sleep(0.1)
    print("still paused while the peer does not read:", calls)
    servers[0].transport.resume_reading()
    print("server is_reading after resume:", servers[0].transport.is_reading())
    await resumed
    print("after the peer read:", calls, "buffer at most low-water:", transport.get_write_buffer_size() <= 1024)
    print("server received all:", await asyncio.wait_for(got_all, 5) is None)
    transport.close()
    server.close()
    await server.wait_closed()

asyncio.run(main())
