# Tests that sleep(0) yields to other ready tasks, giving round-robin interleaving in creation order.
import asyncio

async def worker(name, steps):
    for i in range(steps):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "done")

async def main():
    tasks = [asyncio.create_task(worker(n, s)) for n, s in [("A", 3), ("B", 1), ("C", 2)]]
    print("tasks created, nothing ran yet")
    await asyncio.sleep(0)
    print("main after one yield")
    await asyncio.gather(*tasks)
    print("all done")

asyncio.run(main())
