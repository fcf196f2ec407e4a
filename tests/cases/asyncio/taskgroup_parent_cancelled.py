# Tests cancelling the task that runs a TaskGroup: children are cancelled first and CancelledError (not ExceptionGroup) propagates.
import asyncio

log = []

async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(name + " cancelled")
        raise

async def parent():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c1"))
            tg.create_task(child("c2"))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body sees CancelledError; children so far:", sorted(log))
                raise
    except asyncio.CancelledError:
        print("parent sees CancelledError after the group; children:", sorted(log))
        raise

async def main():
    t = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("parent cancelled:", t.cancelled())

asyncio.run(main())
