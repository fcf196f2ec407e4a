# Tests asyncio.Runner as a context manager: several run() calls on one loop, get_loop(), and closing at exit.
import asyncio

async def step(n):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0)
    return n, loop

with asyncio.Runner() as runner:
    loop = runner.get_loop()
    print("loop running before run:", loop.is_running())
    r1, l1 = runner.run(step(1))
    r2, l2 = runner.run(step(2))
    print(r1, r2, "same loop:", l1 is l2 is loop)
    print("get_loop stable:", runner.get_loop() is loop)
print("closed after with:", loop.is_closed())

# a task created in one run() survives to the next run() on the same runner
async def spawn():
    return asyncio.create_task(asyncio.sleep(0.01, "background result"))

with asyncio.Runner() as runner:
    task = runner.run(spawn())
    print("task done after first run:", task.done())
    async def wait_for_it():
        return await task
    print(runner.run(wait_for_it()))
