# Tests asyncio.Condition built on an existing Lock: they share state, and acquire/release/locked.
import asyncio


async def main():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    await lock.acquire()
    print("cond.locked() after lock.acquire():", cond.locked())
    lock.release()
    print(await cond.acquire(), lock.locked())
    cond.release()
    print(lock.locked())

    async def waiter():
        async with lock:
            await cond.wait()
            return f"woke holding lock: {lock.locked()}"

    task = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print("lock free while waiting:", not lock.locked())
    async with lock:
        cond.notify()
    print(await task)
    # Two conditions may share a single lock.
    other = asyncio.Condition(lock)
    async with other:
        print("shared:", cond.locked(), lock.locked())


asyncio.run(main())
