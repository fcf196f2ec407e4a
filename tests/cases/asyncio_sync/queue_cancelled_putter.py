# Tests cancelling a blocked asyncio.Queue putter: its item is never added, later putters proceed.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait(0)
    p1 = asyncio.create_task(q.put(1))
    p2 = asyncio.create_task(q.put(2))
    await asyncio.sleep(0)
    print(str(q))
    p1.cancel()
    await asyncio.sleep(0)
    print("p1 cancelled:", p1.cancelled())
    print(await q.get())
    await p2
    print(await q.get(), q.empty())


asyncio.run(main())
