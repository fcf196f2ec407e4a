# Tests asyncio.Barrier.abort(): waiters and later callers raise BrokenBarrierError until reset().
import asyncio


async def main():
    barrier = asyncio.Barrier(2)
    waiter = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    await barrier.abort()
    try:
        await waiter
    except asyncio.BrokenBarrierError as e:
        print("waiter:", type(e).__name__, e)
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print("later wait:", e)
    print("broken:", barrier.broken)
    await barrier.reset()
    print("broken after reset:", barrier.broken)
    print(sorted(await asyncio.gather(barrier.wait(), barrier.wait())))


asyncio.run(main())
