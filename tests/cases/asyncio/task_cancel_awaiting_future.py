# Tests cancelling a task blocked on a Future: the future itself is cancelled and the task sees CancelledError.
import asyncio

async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError:
        print("waiter: CancelledError; future cancelled:", fut.cancelled())
        raise

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    print("task blocked, fut pending:", not fut.done())
    t.cancel()
    print("right after cancel(): fut cancelled:", fut.cancelled(), "task done:", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())
    # a future shared by two tasks: cancelling one waiter cancels the future for both
    shared = loop.create_future()
    a = asyncio.create_task(waiter(shared))
    b = asyncio.create_task(waiter(shared))
    await asyncio.sleep(0)
    a.cancel()
    results = await asyncio.gather(a, b, return_exceptions=True)
    print([type(r).__name__ for r in results])

asyncio.run(main())
