# From seed document 004 (an introduction to asyncio), section "create_task": two tasks run
# concurrently, the shorter one finishes first. Delays are scaled down (0.08 s and 0.02 s).
import asyncio


async def task(name, delay):
    print(name)
    await asyncio.sleep(delay)
    print(f"{name} Done")


async def main():
    task1 = asyncio.create_task(task("Task 1", 0.08))
    task2 = asyncio.create_task(task("Task 2", 0.02))
    await task1
    await task2
    print("All Done")


asyncio.run(main())
