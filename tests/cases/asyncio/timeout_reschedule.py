# Tests Timeout.when()/reschedule(): moving a deadline earlier or later, and rescheduling to None to disable it.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        print("initial when:", cm.when())
        cm.reschedule(loop.time() + 1)
        print("rescheduled to the future:", cm.when() > loop.time())
        cm.reschedule(None)
        print("back to None:", cm.when())
        await asyncio.sleep(0.02)
    print("completed without deadline, expired:", cm.expired())

    try:
        async with asyncio.timeout(1) as cm:
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(0.5)
    except TimeoutError:
        print("earlier deadline fired, expired:", cm.expired())

    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.03)
        print("disabled deadline did not fire")

asyncio.run(main())
