# Tests that waiting on an already set asyncio.Event returns without yielding to other tasks.
import asyncio


async def main():
    ev = asyncio.Event()
    ev.set()
    log = []

    async def other():
        log.append("other")

    t = asyncio.create_task(other())
    log.append(f"wait -> {await ev.wait()}")
    log.append(f"wait -> {await ev.wait()}")
    await t
    print(log)


asyncio.run(main())
