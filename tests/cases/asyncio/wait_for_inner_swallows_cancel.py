# Tests wait_for when the inner task swallows the timeout's cancellation and returns a value: wait_for returns that value.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner swallowed the cancellation")
    return "late value"

async def main():
    result = await asyncio.wait_for(stubborn(), timeout=0.01)
    print("wait_for returned:", result)
    print("main not cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
