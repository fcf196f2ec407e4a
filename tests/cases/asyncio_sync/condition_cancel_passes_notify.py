# Tests that a notified asyncio.Condition waiter cancelled before running passes the wakeup on.
import asyncio


async def main():
    cond = asyncio.Condition()
    log = []

    async def waiter(name):
        async with cond:
            try:
                await cond.wait()
                log.append(f"{name} woke")
            except asyncio.CancelledError:
                log.append(f"{name} cancelled")
                raise

    a = asyncio.create_task(waiter("a"))
    b = asyncio.create_task(waiter("b"))
    await asyncio.sleep(0)
    async with cond:
        cond.notify(1)   # wakes a...
    a.cancel()           # ...which is cancelled before it can run
    await asyncio.gather(a, b, return_exceptions=True)
    print(log)
    print(a.cancelled(), b.done() and not b.cancelled())


asyncio.run(main())
