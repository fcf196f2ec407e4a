# Tests a server that survives clients disconnecting mid-message, and a write to a client that has gone.
import asyncio

async def main():
    log = []
    went_away = asyncio.Event()

    async def handler(reader, writer):
        try:
            kind = await reader.readexactly(1)
            if kind == b"L":
                line = await reader.readline()
                log.append(f"line client: partial line {line!r}, at_eof {reader.at_eof()}")
            elif kind == b"X":
                await reader.readexactly(10)
            elif kind == b"W":
                print("writer client: EOF seen:", await reader.read() == b"")
                went_away.set()
                for _ in range(200):
                    writer.write(b"are you there?\n" * 100)
                    await writer.drain()
                    await asyncio.sleep(0.01)
                log.append("writer client: never failed")
            else:
                async for line in reader:
                    writer.write(line.rstrip(b"\n")[::-1] + b"\n")
                    await writer.drain()
                log.append("echo client: done")
        except asyncio.IncompleteReadError as e:
            log.append(f"exact client: IncompleteReadError {e.partial!r} of {e.expected}")
        except ConnectionError as e:
            log.append(f"writer client: ConnectionError raised: {isinstance(e, ConnectionError)}")
        finally:
            writer.close()

    server = await asyncio.start_server(handler, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]

    async def client(payload, abort=False):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(payload)
        await writer.drain()
        if abort:
            writer.transport.abort()
        else:
            writer.close()
        await writer.wait_closed()

    await client(b"Lhello wor")            # closes in the middle of a line
    await client(b"Xabc", abort=True)       # aborts before the 10 bytes arrive
    await asyncio.sleep(0.05)

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"W")
    writer.write_eof()
    writer.close()                          # goes away while the server still writes
    await writer.wait_closed()
    await went_away.wait()
    await asyncio.sleep(0.3)

    # the server still serves new clients
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"E" + b"olleh\n" + b"dlrow\n")
    print("still serving:", await reader.readline(), await reader.readline())
    writer.close()
    await writer.wait_closed()
    await asyncio.sleep(0.05)
    server.close()
    await server.wait_closed()
    for line in sorted(log):
        print(line)

asyncio.run(main())
