# Tests that acquiring a free asyncio.Lock does not yield to other tasks, but a held one does.
import asyncio


async def main():
    lock = asyncio.Lock()
    log = []

    async def other():
        log.append("other ran")

    t = asyncio.create_task(other())
    await lock.acquire()
    log.append("acquired free lock")
    lock.release()
    await t
    print(log)

    log.clear()
    await lock.acquire()

    async def waiter():
        log.append("waiter start")
        await lock.acquire()
        log.append("waiter acquired")
        lock.release()

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    log.append("main releases")
    lock.release()
    # The lock is free but a waiter is queued, so this acquire queues behind it.
    await lock.acquire()
    log.append("main reacquired")
    lock.release()
    await w
    print(log)


asyncio.run(main())
