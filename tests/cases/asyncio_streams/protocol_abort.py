# Tests transport.abort() and close() with buffered data: connection_lost order and what the peer receives.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    # one log per side: the order of events between the two sides depends on the OS
    logs = {"client": [], "client2": [], "server": []}

    def log(text):
        side, _, what = text.partition(": ")
        logs[side].append(what)

    class Recorder(asyncio.Protocol):
        def __init__(self, name):
            self.name = name
            self.data = b""
        def connection_made(self, transport):
            self.transport = transport
            log(f"{self.name}: made")
        def data_received(self, data):
            self.data += data
        def eof_received(self):
            log(f"{self.name}: eof after {len(self.data)} bytes")
        def connection_lost(self, exc):
            log(f"{self.name}: lost {exc!r}")

    peers = []
    def factory():
        p = Recorder("server")
        peers.append(p)
        return p

    server = await loop.create_server(factory, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]

    # abort(): connection_lost(None) at the next iteration, not inside abort()
    transport, client = await loop.create_connection(lambda: Recorder("client"), "127.0.0.1", port)
    await asyncio.sleep(0.02)
    transport.abort()
    log("client: abort returned")
    print("after abort: is_closing", transport.is_closing())
    await asyncio.sleep(0.05)

    # close() flushes what is buffered first
    transport, client = await loop.create_connection(lambda: Recorder("client2"), "127.0.0.1", port)
    await asyncio.sleep(0.02)
    transport.write(b"x" * 100000)
    transport.close()
    log("client2: close returned")
    transport.close()  # a second close does nothing
    try:
        transport.write_eof()
    except Exception as e:
        print("write_eof after close:", e)
    await asyncio.sleep(0.2)
    print("server got all:", len(peers[1].data))
    server.close()
    await server.wait_closed()
    for side, lines in logs.items():
        print(side, lines)

asyncio.run(main())
