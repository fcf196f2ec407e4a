# Tests asyncio.timeout: the block is cut off with TimeoutError, code inside sees CancelledError, and a fast block finishes.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.02) as cm:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inside: CancelledError")
                raise
    except TimeoutError as e:
        print("outside: TimeoutError, cause:", type(e.__cause__).__name__)
    print("expired:", cm.expired())
    async with asyncio.timeout(1) as cm2:
        await asyncio.sleep(0)
        print("fast block ran")
    print("expired:", cm2.expired())
    async with asyncio.timeout(None) as cm3:
        await asyncio.sleep(0.01)
    print("no deadline:", cm3.when(), cm3.expired())
    print("type:", type(cm3).__name__)

asyncio.run(main())
