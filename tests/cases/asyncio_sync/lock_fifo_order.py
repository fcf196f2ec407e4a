# Tests that asyncio.Lock wakes its waiters first-in first-out.
import asyncio


async def worker(name, lock, log):
    log.append(f"{name} wants")
    async with lock:
        log.append(f"{name} has")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        log.append(f"{name} done")


async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    tasks = [asyncio.create_task(worker(n, lock, log)) for n in "ABCDE"]
    await asyncio.sleep(0)
    print("waiting while held:", log)
    log.clear()
    lock.release()
    await asyncio.gather(*tasks)
    for line in log:
        print(line)
    print("locked at end:", lock.locked())


asyncio.run(main())
