# Tests cancelling blocked asyncio.Queue getters: no item is lost, the next getter receives it.
import asyncio


async def getter(name, q):
    try:
        return f"{name} got {await q.get()}"
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    q = asyncio.Queue()
    a = asyncio.create_task(getter("a", q))
    b = asyncio.create_task(getter("b", q))
    c = asyncio.create_task(getter("c", q))
    await asyncio.sleep(0)
    a.cancel()                 # cancelled while waiting
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait("item1")      # wakes b
    b.cancel()                 # b is cancelled after being woken: c must get the item
    for r in await asyncio.gather(a, b, c, return_exceptions=True):
        print(type(r).__name__, r if isinstance(r, str) else "")
    print(str(q))


asyncio.run(main())
