# Tests cancelling a task in asyncio.Condition.wait(): it re-acquires the lock before raising.
import asyncio


async def main():
    cond = asyncio.Condition()
    log = []

    async def waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                log.append(f"cancelled, lock held: {cond.locked()}")
                raise
            finally:
                log.append("leaving async with")
        log.append("not reached")

    # Cancel while another task holds the lock: the waiter must wait its turn.
    task = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    await cond.acquire()
    task.cancel()
    await asyncio.sleep(0)
    log.append(f"main still holds lock, task done: {task.done()}")
    cond.release()
    try:
        await task
    except asyncio.CancelledError:
        log.append("task raised CancelledError")
    print("\n".join(log))
    print("locked at end:", cond.locked())


asyncio.run(main())
