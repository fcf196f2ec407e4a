# Tests that blocked asyncio.Queue putters are let in FIFO as a full queue drains.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("first")
    log = []

    async def putter(item):
        log.append(f"{item} blocks")
        await q.put(item)
        log.append(f"{item} put")

    tasks = [asyncio.create_task(putter(x)) for x in ("p1", "p2", "p3")]
    await asyncio.sleep(0)
    print(str(q))
    got = []
    while len(got) < 4:
        got.append(await q.get())
        log.append(f"got {got[-1]}")
    await asyncio.gather(*tasks)
    print("\n".join(log))
    print(got, q.empty())


asyncio.run(main())
