# Tests asyncio.LifoQueue: last in, first out, with the usual Queue API.
import asyncio


async def main():
    q = asyncio.LifoQueue(maxsize=4)
    for word in ["one", "two", "three"]:
        await q.put(word)
    print(str(q))
    print([q.get_nowait() for _ in range(q.qsize())])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")
    q.put_nowait(1)
    q.put_nowait(2)
    print(await q.get())
    q.put_nowait(3)
    print(await q.get(), await q.get())
    print(issubclass(asyncio.LifoQueue, asyncio.Queue))


asyncio.run(main())
