# Tests Task repr in its states: pending, finished with result, finished with exception, and cancelled (coroutine location shown).
import asyncio

async def work(x):
    await asyncio.sleep(0)
    return x

async def fail():
    raise ValueError("nope")

async def main():
    t = asyncio.create_task(work(5), name="w")
    r = repr(t)
    print(r.split(" coro=")[0], "has coro:", "coro=<work()" in r)
    await t
    print(repr(t))
    f = asyncio.create_task(fail(), name="f")
    await asyncio.sleep(0)
    print(repr(f))
    f.exception()
    c = asyncio.create_task(work(1), name="c")
    c.cancel()
    await asyncio.sleep(0)
    print(repr(c))

asyncio.run(main())
