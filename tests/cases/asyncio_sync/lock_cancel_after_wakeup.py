# Tests an asyncio.Lock waiter cancelled after release() woke it: the lock passes to the next waiter.
import asyncio


async def worker(name, lock, log):
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    log.append(f"{name} acquired")
    lock.release()


async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    a = asyncio.create_task(worker("A", lock, log))
    b = asyncio.create_task(worker("B", lock, log))
    await asyncio.sleep(0)
    lock.release()      # wakes A's future
    a.cancel()          # ...but A is cancelled before it runs
    await asyncio.gather(a, b, return_exceptions=True)
    print(log)
    print("a cancelled:", a.cancelled(), "b done:", b.done(), "locked:", lock.locked())


asyncio.run(main())
