# Tests asyncio.Semaphore.locked(): true while non-cancelled waiters queue even if value > 0.
import asyncio


async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    waiter = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    print("held, waiter queued:", sem.locked())
    sem.release()
    print("released, waiter woken but not run:", sem.locked())
    await waiter
    print("waiter holds it:", sem.locked())
    sem.release()
    print("all free:", sem.locked())
    # A cancelled waiter does not count.
    await sem.acquire()
    w2 = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    w2.cancel()
    await asyncio.sleep(0)
    sem.release()
    print("only a cancelled waiter:", sem.locked(), w2.cancelled())


asyncio.run(main())
