# Tests a task that catches CancelledError and returns normally: it ends with a result and cancelled() is False.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("caught CancelledError, continuing")
    await asyncio.sleep(0)
    print("still running after the cancel")
    return "survived"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print("result:", await t)
    print("cancelled():", t.cancelled(), "cancelling():", t.cancelling())

asyncio.run(main())
