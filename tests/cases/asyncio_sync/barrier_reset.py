# Tests asyncio.Barrier.reset(): current waiters get BrokenBarrierError, then the barrier works again.
import asyncio


async def main():
    barrier = asyncio.Barrier(3)

    async def party(name):
        try:
            return f"{name} passed {await barrier.wait()}"
        except asyncio.BrokenBarrierError as e:
            return f"{name} broken: {e}"

    early = [asyncio.create_task(party(n)) for n in ("x", "y")]
    await asyncio.sleep(0)
    print("waiting:", barrier.n_waiting)
    await barrier.reset()
    for line in await asyncio.gather(*early):
        print(line)
    print("broken after reset:", barrier.broken, "waiting:", barrier.n_waiting)
    results = await asyncio.gather(*(party(n) for n in "abc"))
    print(sorted(results))
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))


asyncio.run(main())
