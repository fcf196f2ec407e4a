# Tests cancelling a task that is blocked in wait_for: the inner awaitable is cancelled too and CancelledError propagates.
import asyncio

async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner got CancelledError")
        raise

async def waiter():
    try:
        await asyncio.wait_for(inner(), timeout=1)
    except asyncio.CancelledError:
        print("waiter got CancelledError (not TimeoutError)")
        raise

async def main():
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees cancelled task:", t.cancelled(), e.args)

asyncio.run(main())
