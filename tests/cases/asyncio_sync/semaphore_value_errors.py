# Tests asyncio.Semaphore/BoundedSemaphore initial values: negative raises ValueError, 0 is locked.
import asyncio

for cls in (asyncio.Semaphore, asyncio.BoundedSemaphore):
    for value in (-1, -5):
        try:
            cls(value)
        except ValueError as e:
            print(cls.__name__, value, "->", e)
    print(cls.__name__, "0 locked:", cls(0).locked())
print(issubclass(asyncio.BoundedSemaphore, asyncio.Semaphore))


async def main():
    sem = asyncio.Semaphore(0)
    task = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    print("blocked:", not task.done())
    sem.release()
    print("acquired:", await task, "locked:", sem.locked())


asyncio.run(main())
