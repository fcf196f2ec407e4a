# Tests asyncio.BoundedSemaphore: releasing above the initial value raises ValueError.
import asyncio


async def main():
    sem = asyncio.BoundedSemaphore(2)
    try:
        sem.release()
    except ValueError as e:
        print("fresh release:", e)
    async with sem:
        async with sem:
            print("both slots taken, locked:", sem.locked())
        print("one released, locked:", sem.locked())
    try:
        sem.release()
    except ValueError as e:
        print("extra release:", type(e).__name__, e)
    # A plain Semaphore lets the value grow without limit.
    plain = asyncio.Semaphore(1)
    plain.release()
    plain.release()
    got = 0
    while not plain.locked():
        await plain.acquire()
        got += 1
    print("plain semaphore handed out", got)


asyncio.run(main())
