# Tests asyncio.Condition.wait_for(): re-checks the predicate on each wakeup, returns its value.
import asyncio


async def main():
    cond = asyncio.Condition()
    items = []
    checks = []

    def enough():
        checks.append(len(items))
        return len(items) >= 3 and list(items)

    async def consumer():
        async with cond:
            got = await cond.wait_for(enough)
            print("consumer got", got)

    task = asyncio.create_task(consumer())
    await asyncio.sleep(0)
    for i in range(4):
        async with cond:
            items.append(i)
            cond.notify_all()
        await asyncio.sleep(0)
    await task
    print("predicate checked at lengths", checks)

    # A predicate that is already true returns at once without waiting.
    async with cond:
        print("immediate:", await cond.wait_for(lambda: "ready"))


asyncio.run(main())
