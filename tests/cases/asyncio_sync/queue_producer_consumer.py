# Tests a bounded asyncio.Queue between one producer and two consumers, ended with sentinels.
import asyncio


async def producer(q, n, consumers):
    for i in range(n):
        await q.put(i)
    for _ in range(consumers):
        await q.put(None)


async def consumer(name, q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            return name
        out.append((name, item))
        await asyncio.sleep(0)


async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    results = await asyncio.gather(producer(q, 7, 2), consumer("c1", q, out), consumer("c2", q, out))
    print(results)
    print(out)
    print(sorted(i for _, i in out) == list(range(7)), q.empty())
    await q.join()
    print("joined")


asyncio.run(main())
