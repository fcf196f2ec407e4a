# Tests that asyncio.Event waiters woken by set() still return True when clear() follows at once.
import asyncio


async def main():
    ev = asyncio.Event()
    results = []

    async def waiter(i):
        results.append((i, await ev.wait(), ev.is_set()))

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await asyncio.gather(*tasks)
    print(results)
    # A new waiter after clear() blocks until the next set().
    late = asyncio.create_task(ev.wait())
    await asyncio.sleep(0.01)
    print("late waiter done:", late.done())
    ev.set()
    print("late waiter:", await late)


asyncio.run(main())
