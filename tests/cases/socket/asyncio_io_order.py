# Where I/O callbacks run in a loop iteration: after the callbacks already queued, before the timers that fell due.
import asyncio
import socket

log = []


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.send(b"x")  # a is readable from the start

    def reader():
        log.append("reader")
        a.recv(10)
        loop.remove_reader(a)

    def writer():
        log.append("writer")
        loop.remove_writer(b)

    loop.call_later(0, log.append, "timer")
    loop.add_reader(a, reader)
    loop.add_writer(b, writer)
    loop.call_soon(log.append, "soon 1")
    loop.call_soon(log.append, "soon 2")
    log.append("main yields")
    await asyncio.sleep(0)
    log.append("main resumed")
    await asyncio.sleep(0.05)
    print(log)
    a.close()
    b.close()


asyncio.run(main())
