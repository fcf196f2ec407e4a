# An echo client on asyncio streams: sends each word of the command line as a line to the echo
# server and prints what comes back.
#
#   ./taipan scripts/echo_server.py 8888              (first, in another terminal)
#   ./taipan scripts/echo_client.py 8888 hello world
#
# open_connection() returns a (reader, writer) pair: writer.write() queues bytes, await
# writer.drain() waits until they are on their way, await reader.readline() waits for a reply.
import asyncio
import sys


async def talk(port, messages, name="client"):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for text in messages:
        writer.write(text.encode() + b"\n")
        await writer.drain()
        reply = await reader.readline()
        print(f"[{name}] sent {text!r}, got back {reply.decode().rstrip()!r}")
    writer.close()                 # tell the server we are done
    await writer.wait_closed()


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8888
    messages = sys.argv[2:] or ["hello", "echo"]
    try:
        asyncio.run(talk(port, messages))
    except ConnectionRefusedError:
        print(f"No echo server on port {port}. Start one first: ./taipan scripts/echo_server.py {port}")
        sys.exit(1)


if __name__ == "__main__":
    main()
