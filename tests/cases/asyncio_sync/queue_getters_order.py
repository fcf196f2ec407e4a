# Tests that blocked asyncio.Queue getters receive items in the order they started waiting.
import asyncio


async def main():
    q = asyncio.Queue()
    log = []

    async def getter(name):
        item = await q.get()
        log.append(f"{name} got {item}")

    tasks = [asyncio.create_task(getter(f"g{i}")) for i in range(4)]
    await asyncio.sleep(0)
    print(str(q))
    for item in "wxyz":
        q.put_nowait(item)
    await asyncio.gather(*tasks)
    print(log)


asyncio.run(main())
