# Tests asyncio.Condition.notify(n): wakes n waiters in FIFO order, others keep waiting.
import asyncio
import re


async def main():
    cond = asyncio.Condition()
    woke = []

    async def waiter(name):
        async with cond:
            await cond.wait()
            woke.append(name)

    tasks = [asyncio.create_task(waiter(f"t{i}")) for i in range(6)]
    await asyncio.sleep(0)
    print(re.search(r"\[(.*)\]", repr(cond)).group(1))
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.01)
    print("after notify(2):", woke)
    async with cond:
        cond.notify()
    await asyncio.sleep(0.01)
    print("after notify():", woke)
    async with cond:
        cond.notify(0)
    await asyncio.sleep(0.01)
    print("after notify(0):", woke)
    async with cond:
        cond.notify(10)  # more than are waiting
    await asyncio.gather(*tasks)
    print("after notify(10):", woke)
    print(re.search(r"\[(.*)\]", repr(cond)).group(1))


asyncio.run(main())
