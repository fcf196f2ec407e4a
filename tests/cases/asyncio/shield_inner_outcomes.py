# Tests asyncio.shield when the inner task fails or is cancelled itself: the outer future mirrors that outcome.
import asyncio

async def failing():
    await asyncio.sleep(0)
    raise OSError("disk full")

async def main():
    try:
        await asyncio.shield(failing())
    except OSError as e:
        print("inner exception reaches the caller:", e)
    inner = asyncio.create_task(asyncio.sleep(1))
    outer = asyncio.shield(inner)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("inner cancelled -> outer cancelled:", outer.cancelled())
    inner2 = asyncio.create_task(asyncio.sleep(0.01, "inner result"))
    outer2 = asyncio.shield(inner2)
    outer2.cancel()
    print("outer2 cancelled:", outer2.cancelled(), "inner2 still running:", not inner2.done())
    print(await inner2)

asyncio.run(main())
