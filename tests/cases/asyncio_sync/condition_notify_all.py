# Tests asyncio.Condition.notify_all(): every waiter wakes, re-acquiring the lock one at a time.
import asyncio


async def main():
    cond = asyncio.Condition()
    log = []
    inside = 0

    async def waiter(name):
        nonlocal inside
        async with cond:
            await cond.wait()
            inside += 1
            log.append(f"{name} holds lock (inside={inside})")
            await asyncio.sleep(0)
            inside -= 1

    tasks = [asyncio.create_task(waiter(n)) for n in ["a", "b", "c"]]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
        log.append("notified all")
    await asyncio.gather(*tasks)
    print("\n".join(log))
    # notify_all with nobody waiting is a no-op.
    async with cond:
        cond.notify_all()
    print("done")


asyncio.run(main())
