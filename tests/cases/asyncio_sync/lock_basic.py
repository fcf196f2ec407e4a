# Tests asyncio.Lock basics: locked(), acquire() returning True, release(), the repr state.
import asyncio
import re


def show(obj):
    # The default repr carries an address; keep only the class and the state part.
    return re.sub(r" at 0x[0-9a-fA-F]+", "", repr(obj))


async def main():
    lock = asyncio.Lock()
    print(show(lock))
    print("locked:", lock.locked())
    print("acquire ->", await lock.acquire())
    print("locked:", lock.locked())
    print(show(lock))
    lock.release()
    print("locked after release:", lock.locked())
    # A lock is not owned: any coroutine may release it.
    await lock.acquire()

    async def other():
        lock.release()
        return "released by other"

    print(await asyncio.create_task(other()))
    print("locked:", lock.locked())
    print(isinstance(lock, asyncio.Lock), type(lock).__module__, type(lock).__qualname__)


asyncio.run(main())
