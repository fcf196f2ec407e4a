# Tests asyncio.Barrier.wait(): every party gets a distinct index 0..parties-1 in arrival order.
import asyncio


async def main():
    barrier = asyncio.Barrier(3)
    log = []

    async def party(name, delay):
        await asyncio.sleep(delay)
        log.append(f"{name} arrives (waiting {barrier.n_waiting})")
        index = await barrier.wait()
        log.append(f"{name} passes with index {index}")
        return index

    results = await asyncio.gather(party("a", 0.05), party("b", 0.0), party("c", 0.1))
    print("\n".join(log))
    print(results)


asyncio.run(main())
