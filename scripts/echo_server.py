# An echo server on asyncio streams: every line a client sends comes back to it.
#
#   ./taipan scripts/echo_server.py [PORT]      serve on 127.0.0.1:PORT (default 8888) until Ctrl-C
#   ./taipan scripts/echo_client.py [PORT] hi   in another terminal: send lines, print the echoes
#   ./taipan scripts/echo_server.py --demo      both in one process: a server on a free port and
#                                               three clients talking to it at the same time
#
# asyncio.start_server() calls handle_client(reader, writer) in a new task for each connection,
# so one thread serves any number of clients: while one waits for its next line, others run.
import asyncio
import sys


async def handle_client(reader, writer):
    host, port = writer.get_extra_info("peername")[:2]
    who = f"{host}:{port}"
    print(f"[server] {who} connected")
    lines = 0
    try:
        async for line in reader:          # one line at a time, until the client closes
            lines += 1
            print(f"[server] {who} sent {line!r}")
            writer.write(line)             # echo it back...
            await writer.drain()           # ...and wait if the client reads slower than we write
    except ConnectionError as e:
        print(f"[server] {who} dropped the connection: {type(e).__name__}")
    finally:
        print(f"[server] {who} left after {lines} line(s)")
        writer.close()
        await writer.wait_closed()


async def serve(port):
    server = await asyncio.start_server(handle_client, "127.0.0.1", port)
    host, port = server.sockets[0].getsockname()[:2]
    print(f"Echo server listening on {host}:{port}. Try, in another terminal:")
    print(f"  ./taipan scripts/echo_client.py {port} hello world")
    print("Press Ctrl-C to stop.")
    async with server:
        await server.serve_forever()


async def demo():
    import echo_client  # the client script, in this folder
    server = await asyncio.start_server(handle_client, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print("Echo server started on a free port; three clients talk to it at once.")
    async with server:
        await asyncio.gather(
            echo_client.talk(port, ["hello", "world"], name="alice"),
            echo_client.talk(port, ["asyncio", "streams", "in Taipan"], name="bob"),
            echo_client.talk(port, ["bye"], name="carol"),
        )
        server.close_clients()
    print("All clients done; server closed.")


def main():
    if sys.argv[1:] == ["--demo"]:
        asyncio.run(demo())
        return
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8888
    try:
        asyncio.run(serve(port))
    except KeyboardInterrupt:
        print("\nServer stopped.")
    except OSError as e:
        print(f"Cannot listen on port {port}: {e.strerror}")
        sys.exit(1)


if __name__ == "__main__":
    main()
