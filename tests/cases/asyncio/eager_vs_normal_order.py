# Tests print ordering of eager tasks versus normal tasks created in the same loop iteration.
import asyncio

async def step(name):
    print(name, "part 1")
    await asyncio.sleep(0)
    print(name, "part 2")

async def main():
    loop = asyncio.get_running_loop()
    normal1 = loop.create_task(step("normal-1"))
    eager = asyncio.Task(step("eager"), loop=loop, eager_start=True)
    normal2 = loop.create_task(step("normal-2"))
    print("main created three tasks")
    await asyncio.gather(normal1, eager, normal2)
    finished = asyncio.Task(asyncio.sleep(0, "x"), loop=loop, eager_start=True)
    print("eager task of sleep(0) done at once:", finished.done())
    await finished

asyncio.run(main())
