# Tests gather(return_exceptions=False): the first exception propagates at once while the other children keep running.
import asyncio

async def slow(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "completed")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def fail(delay):
    await asyncio.sleep(delay)
    print("fail raises")
    raise KeyError("broken")

async def main():
    t = asyncio.create_task(slow("survivor", 0.15))
    g = asyncio.gather(t, fail(0.01), fail(0.08))
    try:
        await g
    except KeyError as e:
        print("gather raised KeyError", e)
    print("gather done:", g.done(), "survivor done:", t.done())
    print("survivor result:", await t)
    print("gather.exception() is the first failure:", repr(g.exception()))

asyncio.run(main())
