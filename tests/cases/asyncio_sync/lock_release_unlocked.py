# Tests the RuntimeError from releasing an asyncio.Lock that is not held, and double release.
import asyncio


async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print(type(e).__name__, e)
    await lock.acquire()
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("second release:", type(e).__name__, repr(str(e)))
    print(lock.locked())


asyncio.run(main())
# The lock can be created and released outside a running loop too: no loop is needed.
lock = asyncio.Lock()
try:
    lock.release()
except RuntimeError as e:
    print("outside loop:", e)
