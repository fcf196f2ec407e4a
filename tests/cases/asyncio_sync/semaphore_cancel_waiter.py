# Tests cancelling asyncio.Semaphore waiters, before and after a release() woke them.
import asyncio


async def user(name, sem, log):
    try:
        await sem.acquire()
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    log.append(f"{name} acquired")
    await asyncio.sleep(0)
    sem.release()


async def main():
    sem = asyncio.Semaphore(1)
    log = []
    await sem.acquire()
    tasks = {n: asyncio.create_task(user(n, sem, log)) for n in "ABCD"}
    await asyncio.sleep(0)
    tasks["B"].cancel()     # cancelled while still waiting
    await asyncio.sleep(0)
    sem.release()           # wakes A
    tasks["A"].cancel()     # A is cancelled after the wakeup: the slot must go to C
    await asyncio.gather(*tasks.values(), return_exceptions=True)
    print(log)
    print({n: t.cancelled() for n, t in tasks.items()})
    print("locked:", sem.locked(), repr(sem).endswith("[unlocked, value:1]>"))


asyncio.run(main())
