# Tests timing out a blocked asyncio.Queue get()/put(): nothing is lost and the queue stays usable.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    try:
        await asyncio.wait_for(q.get(), timeout=0.01)
    except TimeoutError:
        print("get timed out;", str(q))
    q.put_nowait("x")
    try:
        async with asyncio.timeout(0.01):
            await q.put("y")
    except TimeoutError:
        print("put timed out;", str(q))
    print(await q.get(), q.empty())

    async def late_put():
        await asyncio.sleep(0.01)
        await q.put("z")

    asyncio.create_task(late_put())
    print("got", await asyncio.wait_for(q.get(), timeout=1))


asyncio.run(main())
