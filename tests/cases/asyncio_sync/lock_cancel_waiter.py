# Tests cancelling one asyncio.Lock waiter while others wait: the rest keep their FIFO turns.
import asyncio


async def worker(name, lock, log):
    try:
        async with lock:
            log.append(f"{name} got lock")
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled while waiting")
        raise


async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    tasks = {n: asyncio.create_task(worker(n, lock, log)) for n in "ABCD"}
    await asyncio.sleep(0)
    tasks["B"].cancel()
    await asyncio.sleep(0)
    lock.release()
    results = await asyncio.gather(*tasks.values(), return_exceptions=True)
    for line in log:
        print(line)
    print([type(r).__name__ for r in results])
    print("B cancelled:", tasks["B"].cancelled(), "locked:", lock.locked())


asyncio.run(main())
