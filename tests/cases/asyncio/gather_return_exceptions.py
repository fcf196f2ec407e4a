# Tests gather(return_exceptions=True): exceptions (including CancelledError of a child) are returned in place of results.
import asyncio

async def ok(x):
    await asyncio.sleep(0)
    return x

async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)

async def main():
    results = await asyncio.gather(ok(1), fail("first"), ok(3), fail("second"), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)
    victim = asyncio.create_task(asyncio.sleep(10))
    victim.get_loop().call_soon(victim.cancel)
    results = await asyncio.gather(ok("a"), victim, return_exceptions=True)
    print([type(r).__name__ for r in results])

asyncio.run(main())
