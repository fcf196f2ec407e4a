# shutdown_default_executor waits for the executor's threads without blocking the loop;
# asyncio.run calls it at the end; a timeout that passes warns.
import asyncio
import threading
import time
import warnings


async def main():
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, time.sleep, 0.01)
    print("threads while running:", threading.active_count() > 1)
    await loop.shutdown_default_executor()
    await loop.shutdown_default_executor()   # again: nothing to do
    print("after shutdown:", threading.active_count())


asyncio.run(main())


async def ticking():
    loop = asyncio.get_running_loop()
    # The loop keeps running callbacks while the shutdown waits for a busy worker.
    loop.run_in_executor(None, time.sleep, 0.1)
    ticks = []

    async def tick():
        while True:
            ticks.append(1)
            await asyncio.sleep(0.01)

    ticker = asyncio.create_task(tick())
    await loop.shutdown_default_executor()
    ticker.cancel()
    print("loop ran during shutdown:", len(ticks) > 3)


asyncio.run(ticking())


async def too_slow():
    loop = asyncio.get_running_loop()
    release = threading.Event()
    loop.run_in_executor(None, release.wait)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        await loop.shutdown_default_executor(timeout=0.02)
    for w in caught:
        print(w.category.__name__, w.message)
    release.set()


asyncio.run(too_slow())
print("threads at the end:", threading.active_count() in (1, 2))
