# Tests nested asyncio.timeout blocks: the inner one firing is seen only by the inner block, the outer one firing by the outer.
import asyncio

async def main():
    async with asyncio.timeout(1) as outer:
        try:
            async with asyncio.timeout(0.01) as inner:
                await asyncio.sleep(1)
        except TimeoutError:
            print("inner timed out; inner expired:", inner.expired(), "outer expired:", outer.expired())
        print("outer body continues")
    print("outer finished normally")

    try:
        async with asyncio.timeout(0.02) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner must not see TimeoutError")
            except asyncio.CancelledError:
                print("inner block sees CancelledError")
                raise
    except TimeoutError:
        print("outer timed out; outer expired:", outer.expired(), "inner expired:", inner.expired())

asyncio.run(main())
