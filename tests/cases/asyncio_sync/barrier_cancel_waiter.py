# Tests cancelling a task waiting at an asyncio.Barrier: the count drops and the barrier still works.
import asyncio


async def main():
    barrier = asyncio.Barrier(2)
    first = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    print("waiting:", barrier.n_waiting)
    first.cancel()
    try:
        await first
    except asyncio.CancelledError:
        print("first cancelled")
    print("waiting after cancel:", barrier.n_waiting, "broken:", barrier.broken)
    print(sorted(await asyncio.gather(barrier.wait(), barrier.wait())))


asyncio.run(main())
