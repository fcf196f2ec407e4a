# A transport its user drops without closing it is collected while its loop still runs: the loop
# holds its transports weakly (CPython's loop._transports is a WeakValueDictionary). Its __del__
# warns "unclosed transport <...>" (a ResourceWarning, shown with the "default" filter) and closes
# the socket. CPython frees it as soon as the last reference goes, Taipan when the collector finds
# it unreachable: gc.collect() makes both act at the same point. fd numbers are masked (by the suite).
import asyncio
import gc
import warnings


warnings.simplefilter("default")


class Client(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport

    def connection_lost(self, exc):
        print("client connection lost")


async def main():
    loop = asyncio.get_running_loop()
    server_lost = loop.create_future()

    class Server(asyncio.Protocol):
        def connection_made(self, transport):
            self.transport = transport

        def eof_received(self):
            print("server saw EOF")

        def connection_lost(self, exc):
            server_lost.set_result(None)

    server = await loop.create_server(Server, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    transport, protocol = await loop.create_connection(Client, "127.0.0.1", port)
    sock = transport.get_extra_info("socket")
    print("transports known to the loop:", len(loop._transports) >= 1)
    # not reading: the loop's selector no longer refers to the transport either
    transport.pause_reading()
    await asyncio.sleep(0.05)
    del transport, protocol
    gc.collect()
    print("client transport collected; socket closed:", sock.fileno() == -1)
    await server_lost
    server.close()
    await server.wait_closed()


asyncio.run(main())
print("end")
