# Tests cancelling an outer gather that contains an inner gather: cancellation reaches the leaves of both.
import asyncio

async def leaf(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    inner = asyncio.gather(leaf("inner-1"), leaf("inner-2"))
    outer = asyncio.gather(inner, leaf("outer-1"))
    await asyncio.sleep(0)
    outer.cancel()
    results = await asyncio.gather(outer, return_exceptions=True)
    print("outer outcome:", type(results[0]).__name__)
    print("inner done:", inner.done())

asyncio.run(main())
