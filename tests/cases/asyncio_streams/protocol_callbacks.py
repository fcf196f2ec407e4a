# Tests the order of Protocol callbacks on both ends (connection_made, data_received, eof_received, connection_lost) and transport info.
import asyncio

# one log per side: the order of events between the two sides depends on the OS
logs = {"server": [], "client": []}

def log(text):
    side, _, what = text.partition(": ")
    logs[side].append(what)

class ServerProtocol(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        log("server: connection_made")
        print("server transport is a Transport:", isinstance(transport, asyncio.Transport))
        print("server is_reading:", transport.is_reading(), "is_closing:", transport.is_closing())

    def data_received(self, data):
        log(f"server: data_received {data!r}")
        self.transport.write(data.upper())

    def eof_received(self):
        log("server: eof_received")
        self.transport.write(b"BYE")
        # returning None (false): the transport closes itself after flushing

    def connection_lost(self, exc):
        log(f"server: connection_lost {exc!r}")


class ClientProtocol(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.received = b""

    def connection_made(self, transport):
        log("client: connection_made")
        transport.write(b"ping")

    def data_received(self, data):
        self.received += data

    def eof_received(self):
        log(f"client: eof_received after {self.received!r}")
        return True  # keep the transport open: closing it is up to us

    def connection_lost(self, exc):
        log(f"client: connection_lost {exc!r}")
        self.done.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(ServerProtocol, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    transport, protocol = await loop.create_connection(lambda: ClientProtocol(done), "127.0.0.1", port)
    log("client: create_connection returned")
    print("protocol is ours:", type(protocol).__name__, transport.get_protocol() is protocol)
    print("peername port matches:", transport.get_extra_info("peername")[1] == port)
    await asyncio.sleep(0.05)
    transport.write_eof()
    await asyncio.sleep(0.05)
    print("client transport still open after eof_received returned True:", not transport.is_closing())
    transport.close()
    print("closing:", transport.is_closing())
    await done
    server.close()
    await server.wait_closed()
    for side, lines in logs.items():
        print(side, lines)

asyncio.run(main())
