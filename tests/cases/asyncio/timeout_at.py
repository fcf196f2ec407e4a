# Tests asyncio.timeout_at with absolute deadlines: a past deadline fires at the first await, a future one is reported by when().
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.02
    try:
        async with asyncio.timeout_at(deadline) as cm:
            print("when is the deadline:", cm.when() == deadline)
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out at the deadline")
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("body starts even with a past deadline")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline -> TimeoutError at first await")
    async with asyncio.timeout_at(loop.time() + 1):
        print("result:", await asyncio.sleep(0, "in time"))

asyncio.run(main())
