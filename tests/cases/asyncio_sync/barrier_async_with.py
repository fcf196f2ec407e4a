# Tests `async with barrier as index` on asyncio.Barrier.
import asyncio


async def main():
    barrier = asyncio.Barrier(2)
    log = []

    async def party(name, delay):
        await asyncio.sleep(delay)
        async with barrier as index:
            log.append((name, index))

    await asyncio.gather(party("slow", 0.03), party("fast", 0))
    print(log)


asyncio.run(main())
