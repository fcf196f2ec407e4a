# Tests the asyncio.Semaphore repr state (value shown only while unlocked) and locked().
import asyncio
import re


def state(obj):
    return re.sub(r" at 0x[0-9a-fA-F]+", "", repr(obj))


async def main():
    sem = asyncio.Semaphore(2)
    print(state(sem), sem.locked())
    await sem.acquire()
    print(state(sem), sem.locked())
    await sem.acquire()
    print(state(sem), sem.locked())
    waiters = [asyncio.create_task(sem.acquire()) for _ in range(2)]
    await asyncio.sleep(0)
    print(state(sem))
    sem.release()
    sem.release()
    await asyncio.gather(*waiters)
    print(state(sem))
    for _ in range(3):
        sem.release()
    print(state(sem), sem.locked())
    print(state(asyncio.Semaphore()), state(asyncio.Semaphore(0)))
    print(state(asyncio.BoundedSemaphore(3)))


asyncio.run(main())
