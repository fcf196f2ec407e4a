# Tests the asyncio.Lock repr state: unlocked, locked, and the number of waiters.
import asyncio
import re


def state(obj):
    return re.search(r"\[(.*)\]>$", repr(obj)).group(1)


async def main():
    lock = asyncio.Lock()
    print(state(lock))
    await lock.acquire()
    print(state(lock))
    tasks = [asyncio.create_task(lock.acquire()) for _ in range(3)]
    await asyncio.sleep(0)
    print(state(lock))
    print(repr(lock).startswith("<asyncio.locks.Lock object at "))
    tasks[0].cancel()
    await asyncio.sleep(0)
    print(state(lock))
    lock.release()
    await asyncio.sleep(0)
    print(state(lock))
    lock.release()
    await asyncio.sleep(0)
    print(state(lock))
    lock.release()
    print(state(lock))
    print([t.cancelled() for t in tasks], [t.result() for t in tasks[1:]])


asyncio.run(main())
