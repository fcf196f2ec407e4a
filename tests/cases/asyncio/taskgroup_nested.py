# Tests nested TaskGroups: an inner failure propagates as a nested ExceptionGroup and cancels the outer group's tasks.
import asyncio

async def worker(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "done")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker("inner-ok", 0))
        tg.create_task(worker("inner-slow", 0.5))
        await asyncio.sleep(0.01)
        raise ValueError("inner body")

async def main():
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(worker("outer-slow", 0.5))
            outer.create_task(inner_group())
    except ExceptionGroup as eg:
        print("outer:", eg)
        inner = eg.exceptions[0]
        print("inner:", type(inner).__name__, inner)
        print("leaf:", repr(inner.exceptions[0]))

asyncio.run(main())
