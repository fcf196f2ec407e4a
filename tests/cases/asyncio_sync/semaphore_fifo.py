# Tests that asyncio.Semaphore hands out slots first-in first-out, even when a slot is free.
import asyncio


async def main():
    sem = asyncio.Semaphore(1)
    order = []

    async def user(name):
        async with sem:
            order.append(name)
            await asyncio.sleep(0)

    await sem.acquire()
    tasks = [asyncio.create_task(user(n)) for n in "ABCD"]
    await asyncio.sleep(0)
    sem.release()
    # A newcomer must queue behind the woken waiter instead of taking the free slot.
    print("locked right after release:", sem.locked())
    tasks.append(asyncio.create_task(user("late")))
    await asyncio.gather(*tasks)
    print(order)


asyncio.run(main())
