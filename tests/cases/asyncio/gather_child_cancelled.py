# Tests gather when one child is cancelled directly: without return_exceptions the gather raises CancelledError, siblings continue.
import asyncio

async def child(name, delay):
    await asyncio.sleep(delay)
    print(name, "finished")
    return name

async def main():
    a = asyncio.create_task(child("a", 0.02))
    b = asyncio.create_task(child("b", 0.05))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0)
    b.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print("gather cancelled():", g.cancelled(), "a done:", a.done())
    print("a result:", await a)

asyncio.run(main())
