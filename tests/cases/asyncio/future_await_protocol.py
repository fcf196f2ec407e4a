# Tests awaiting Futures: a Future is awaitable once per await, iter()/__await__ work, and yield from a pending future suspends.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.01, f.set_result, "late value")
    print("awaited:", await f)
    print("awaited again:", await f)
    it = f.__await__()
    try:
        next(it)
    except StopIteration as e:
        print("done future's __await__ stops at once with", e.value)
    g = loop.create_future()
    it = iter(g)
    print("pending future yields itself:", next(it) is g)
    g.cancel()
    bad = loop.create_future()
    try:
        it = bad.__await__()
        next(it)
        it.send("not None")
    except RuntimeError as e:
        print("RuntimeError:", e)
    bad.cancel()

asyncio.run(main())
