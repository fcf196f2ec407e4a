# Tests that asyncio primitives bind to the first loop they wait on, and refuse a second loop.
import asyncio
import re


def mask(text):
    return re.sub(r" at 0x[0-9a-fA-F]+", "", text)


lock = asyncio.Lock()       # creating a primitive needs no running loop
event = asyncio.Event()
queue = asyncio.Queue()


async def use_lock():
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())   # waiting binds the lock to this loop
    await asyncio.sleep(0)
    lock.release()
    await waiter
    return "lock used"


async def use_event():
    waiter = asyncio.create_task(event.wait())
    await asyncio.sleep(0)
    event.set()
    await waiter
    event.clear()
    return "event used"


print(asyncio.run(use_lock()), lock.locked())
print(asyncio.run(use_event()))


async def wait_again():
    try:
        await asyncio.wait_for(lock.acquire(), 1)
    except RuntimeError as e:
        print("lock:", mask(str(e)))
    try:
        await asyncio.wait_for(event.wait(), 1)
    except RuntimeError as e:
        print("event:", mask(str(e)))
    # Operations that never wait do not check the loop.
    queue.put_nowait(1)
    print("queue get:", await queue.get())


asyncio.run(wait_again())
