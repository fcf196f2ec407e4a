# Tests Task.cancel() on finished tasks (returns False, state unchanged) and on a task that has not started yet.
import asyncio

async def quick():
    return 1

async def failing():
    raise ValueError("failed")

async def never_started():
    print("this line never prints")

async def main():
    t = asyncio.create_task(quick())
    await t
    print("cancel finished:", t.cancel(), "result still:", t.result(), "cancelled:", t.cancelled())
    f = asyncio.create_task(failing())
    try:
        await f
    except ValueError:
        pass
    print("cancel failed task:", f.cancel(), repr(f.exception()))
    n = asyncio.create_task(never_started())
    print("cancel before first step:", n.cancel())
    try:
        await n
    except asyncio.CancelledError:
        print("not-started task cancelled:", n.cancelled())

asyncio.run(main())
