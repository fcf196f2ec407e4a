# loop.subprocess_exec/subprocess_shell with a SubprocessProtocol: the callbacks and the transport.
import asyncio


class Recorder(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.events = []
        self.output = {1: b"", 2: b""}

    def connection_made(self, transport):
        self.events.append("connection_made")

    def pipe_data_received(self, fd, data):
        self.output[fd] += data

    def pipe_connection_lost(self, fd, exc):
        self.events.append(f"pipe_connection_lost {fd} {exc}")

    def process_exited(self):
        self.events.append("process_exited")

    def connection_lost(self, exc):
        self.events.append(f"connection_lost {exc}")
        self.done.set_result(True)


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    transport, protocol = await loop.subprocess_exec(lambda: Recorder(done), "sh", "-c",
                                                     "read x; echo out $x; echo err >&2; exit 4")
    print(isinstance(transport, asyncio.SubprocessTransport), type(protocol).__name__)
    print(protocol.events)
    print(isinstance(transport.get_pid(), int), transport.get_returncode(), transport.is_closing())
    stdin = transport.get_pipe_transport(0)
    print(isinstance(stdin, asyncio.WriteTransport), isinstance(transport.get_pipe_transport(1), asyncio.ReadTransport),
          transport.get_pipe_transport(3))
    print(stdin.get_write_buffer_size(), stdin.can_write_eof())
    stdin.write(b"value\n")
    stdin.write_eof()
    await done
    events = protocol.events
    print(events[0], events[-1], sorted(events[1:-1]))
    print(protocol.output, transport.get_returncode())
    transport.close()
    print(transport.is_closing())
    try:
        transport.kill()
    except ProcessLookupError:
        print("ProcessLookupError")

    done = loop.create_future()
    transport, protocol = await loop.subprocess_shell(lambda: Recorder(done), "echo shell", stdin=None, stderr=None)
    print(transport.get_pipe_transport(0), transport.get_pipe_transport(2))
    await done
    print(protocol.output[1], transport.get_returncode(), protocol.events[-1])
    transport.close()

    done = loop.create_future()
    transport, protocol = await loop.subprocess_exec(lambda: Recorder(done), "sleep", "5", stdin=None, stdout=None,
                                                     stderr=None)
    transport.terminate()
    await done
    print(protocol.events, transport.get_returncode())
    transport.close()


asyncio.run(main())
