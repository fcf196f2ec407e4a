# Tests a StreamReader fed by hand: waiting reads wake on feed_data/feed_eof, set_exception, two concurrent reads, repr.
import asyncio

async def main():
    r = asyncio.StreamReader()
    print(repr(r))
    waiting = asyncio.create_task(r.readline())
    await asyncio.sleep(0)
    try:
        await r.read(1)
    except RuntimeError as e:
        print("second reader:", e)
    r.feed_data(b"par")
    await asyncio.sleep(0)
    print("partial line, still waiting:", not waiting.done())
    r.feed_data(b"tial\nmore")
    print("line:", await waiting)
    print(repr(r))
    r.feed_data(b"")  # empty data is ignored
    r.feed_eof()
    print(repr(r), "at_eof:", r.at_eof())
    print("lines:", [line async for line in r])
    print("at_eof:", r.at_eof())

    r = asyncio.StreamReader(limit=10)
    print(repr(r))
    task = asyncio.create_task(r.readexactly(5))
    await asyncio.sleep(0)
    r.set_exception(ConnectionResetError("gone"))
    try:
        await task
    except ConnectionResetError as e:
        print("waiting read gets:", repr(e))
    print("exception():", repr(r.exception()))
    for name, call in (("read", r.read()), ("readline", r.readline()), ("readexactly", r.readexactly(1)),
                       ("readuntil", r.readuntil(b"x"))):
        try:
            await call
        except ConnectionResetError as e:
            print(name, "raises", repr(e))

    # a cancelled read leaves the reader usable
    r = asyncio.StreamReader()
    t = asyncio.create_task(r.read(10))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("cancelled:", t.cancelled())
    r.feed_data(b"after cancel")
    print(await r.read(5), await r.read(100))

asyncio.run(main())
