# Tests asyncio.PriorityQueue: smallest item first, (priority, data) tuples, blocking get.
import asyncio


async def main():
    q = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
        await q.put(item)
    print(q.qsize(), str(q).startswith("<PriorityQueue maxsize=0"))
    while not q.empty():
        print(await q.get())
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait((5, "late"))
    print("getter got", await getter)
    nums = asyncio.PriorityQueue(maxsize=2)
    nums.put_nowait(9)
    nums.put_nowait(4)
    try:
        nums.put_nowait(1)
    except asyncio.QueueFull:
        print("full at", nums.qsize())
    print(nums.get_nowait(), nums.get_nowait())
    print(issubclass(asyncio.PriorityQueue, asyncio.Queue))


asyncio.run(main())
