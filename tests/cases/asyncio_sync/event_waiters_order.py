# Tests that set() wakes every asyncio.Event waiter, in the order they started waiting.
import asyncio


async def waiter(name, ev, log):
    log.append(f"{name} waits")
    await ev.wait()
    log.append(f"{name} woke")


async def main():
    ev = asyncio.Event()
    log = []
    tasks = [asyncio.create_task(waiter(n, ev, log)) for n in ["w1", "w2", "w3", "w4"]]
    await asyncio.sleep(0)
    log.append("setting")
    ev.set()
    log.append("set returned")
    await asyncio.gather(*tasks)
    print("\n".join(log))


asyncio.run(main())
