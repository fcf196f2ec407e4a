# Tests asyncio.Condition wait()/notify(): the lock is released while waiting and held on return.
import asyncio


async def main():
    cond = asyncio.Condition()
    log = []

    async def consumer():
        async with cond:
            log.append(f"consumer waits, locked={cond.locked()}")
            result = await cond.wait()
            log.append(f"consumer woke with {result}, locked={cond.locked()}")

    task = asyncio.create_task(consumer())
    await asyncio.sleep(0)
    log.append(f"producer sees locked={cond.locked()}")
    async with cond:
        cond.notify()
        log.append("producer notified, still holds lock")
        await asyncio.sleep(0)
        log.append(f"consumer done yet? {task.done()}")
    await task
    print("\n".join(log))
    print("locked at end:", cond.locked())


asyncio.run(main())
