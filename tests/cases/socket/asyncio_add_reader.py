# Watching fds in the event loop: add_reader/add_writer and their removal, replacement, ordering and errors.
import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    events = []
    done = loop.create_future()

    def on_readable(tag):
        data = a.recv(100)
        events.append((tag, data))
        if data == b"stop":
            loop.remove_reader(a)
            done.set_result(None)

    print(loop.add_reader(a, on_readable, "first"))
    print(loop.add_reader(a.fileno(), on_readable, "second"))  # replaces the first callback
    loop.call_soon(events.append, "call_soon")
    b.send(b"one")
    await asyncio.sleep(0.05)
    b.send(b"stop")
    await done
    print(events)
    print("removed again:", loop.remove_reader(a), loop.remove_writer(a))

    # a reader and a writer on one fd: the reader runs first
    order = []
    b.send(b"x")
    await asyncio.sleep(0.05)
    ready = loop.create_future()

    def reader():
        order.append("reader")
        a.recv(10)
        loop.remove_reader(a)

    def writer():
        order.append("writer")
        loop.remove_writer(a)
        ready.set_result(None)

    loop.add_writer(a, writer)
    loop.add_reader(a, reader)
    await ready
    print(order)

    # the private forms return the Handle
    handle = loop._add_reader(a.fileno(), print, "never")
    print(type(handle).__name__, handle.cancelled())
    print(loop._remove_reader(a.fileno()), handle.cancelled(), loop._remove_reader(a.fileno()))

    # a callback that raises goes to the exception handler; the watch stays
    caught = loop.create_future()
    loop.set_exception_handler(lambda lp, ctx: caught.done() or caught.set_result(type(ctx["exception"]).__name__))

    def broken():
        a.recv(10)
        raise ZeroDivisionError("boom")

    loop.add_reader(a, broken)
    b.send(b"y")
    print("handler saw:", await caught)
    print("still watched:", loop.remove_reader(a))
    loop.set_exception_handler(None)

    for fd in (-1, "not a file", 3.5):
        try:
            loop.add_reader(fd, print)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        loop.add_reader(a)
    except TypeError as e:
        print("TypeError")
    a.close()
    b.close()


asyncio.run(main())

loop = asyncio.new_event_loop()
x, y = socket.socketpair()
loop.close()
try:
    loop.add_reader(x, print)
except RuntimeError as e:
    print("RuntimeError:", e)
print("closed loop remove:", loop.remove_reader(x), loop.remove_writer(x))
x.close()
y.close()
