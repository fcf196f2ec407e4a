# Tests waiting for an asyncio.Event with wait_for and timeout(): timeouts, then a successful wait.
import asyncio


async def main():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.01)
    except TimeoutError as e:
        print("wait_for timed out:", type(e).__name__, TimeoutError is asyncio.TimeoutError)
    try:
        async with asyncio.timeout(0.01):
            await ev.wait()
    except TimeoutError:
        print("timeout() expired")
    print("waiters left:", repr(ev).endswith("[unset]>"))

    async def setter():
        await asyncio.sleep(0.01)
        print("setter sets")
        ev.set()

    asyncio.create_task(setter())
    print("got:", await asyncio.wait_for(ev.wait(), timeout=1))


asyncio.run(main())
