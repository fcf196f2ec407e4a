# Tests giving up on a held asyncio.Lock with asyncio.timeout(): the waiter is removed cleanly.
import asyncio
import re


def state(obj):
    return re.search(r"\[(.*)\]>$", repr(obj)).group(1)


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    try:
        async with asyncio.timeout(0.01):
            await lock.acquire()
    except TimeoutError:
        print("timed out waiting;", state(lock))
    try:
        await asyncio.wait_for(lock.acquire(), timeout=0.01)
    except TimeoutError:
        print("wait_for timed out;", state(lock))

    async def release_later():
        await asyncio.sleep(0.01)
        lock.release()

    asyncio.create_task(release_later())
    async with asyncio.timeout(1):
        print("acquired:", await lock.acquire(), state(lock))
    lock.release()
    print(state(lock))


asyncio.run(main())
