# Tests that one failing TaskGroup child cancels a running sibling and then the body, and that the group reports the failure.
import asyncio

async def sibling(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def failer():
    await asyncio.sleep(0.01)
    print("failer raises")
    raise RuntimeError("failer")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling("quick", 0))
            tg.create_task(failer())
            tg.create_task(sibling("slow", 0.5))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body cancelled")
                raise
    except* RuntimeError as eg:
        print("caught", [str(e) for e in eg.exceptions])
    print("main task not left cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
