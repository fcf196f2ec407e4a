# Tests reusing an asyncio.Barrier for several rounds: no task starts round n+1 before all finish n.
import asyncio


async def main():
    barrier = asyncio.Barrier(3)
    log = []

    async def worker(name):
        for rnd in range(3):
            log.append(f"{name}{rnd}")
            await asyncio.sleep(0)
            await barrier.wait()

    await asyncio.gather(*(worker(n) for n in "abc"))
    rounds = [log[i:i + 3] for i in range(0, len(log), 3)]
    for r in rounds:
        print(r)
    print("each round complete:", all(sorted(x[1] for x in r) == [r[0][1]] * 3 for r in rounds))


asyncio.run(main())
