# Tests asyncio.Barrier parties, n_waiting, broken and the repr state while filling and draining.
import asyncio
import re


def state(obj):
    return re.search(r"\[(.*)\]>$", repr(obj)).group(1)


async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken, state(barrier))
    t1 = asyncio.create_task(barrier.wait())
    t2 = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    print(barrier.n_waiting, state(barrier))
    t3 = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    print("tripped:", barrier.n_waiting, state(barrier))
    print(sorted(await asyncio.gather(t1, t2, t3)))
    print("after:", barrier.n_waiting, state(barrier))
    await barrier.abort()
    print(barrier.broken, state(barrier), barrier.n_waiting)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("Barrier(0):", e)


asyncio.run(main())
