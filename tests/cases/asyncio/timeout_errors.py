# Tests Timeout state errors: reschedule before entering, entering twice, using it outside a task, and reschedule after expiry.
import asyncio

async def main():
    t = asyncio.timeout(1)
    print("expired before use:", t.expired(), "when is set:", t.when() is not None)
    try:
        t.reschedule(5)
    except RuntimeError as e:
        print("reschedule before enter:", e)
    async with t:
        pass
    try:
        async with t:
            pass
    except RuntimeError as e:
        print("enter twice:", e)
    try:
        t.reschedule(5)
    except RuntimeError as e:
        print("reschedule after exit:", e)
    try:
        async with asyncio.timeout(0) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout(0) expires at the first await; expired:", cm.expired())

asyncio.run(main())

loop = asyncio.new_event_loop()
def callback():
    cm = asyncio.timeout(1)
    try:
        cm.__aenter__().send(None)
    except RuntimeError as e:
        print("outside a task:", e)
    loop.stop()
loop.call_soon(callback)
loop.run_forever()
loop.close()
