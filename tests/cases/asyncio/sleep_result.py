# Tests asyncio.sleep: the result= argument, sleep(0) yielding once, negative delays, and that sleep actually waits.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.sleep(0))
    print(await asyncio.sleep(0, "zero result"))
    print(await asyncio.sleep(0.01, result=[1, 2]))
    print(await asyncio.sleep(-1, "negative is immediate"))
    t0 = loop.time()
    await asyncio.sleep(0.05)
    print("waited >= 0.04:", loop.time() - t0 >= 0.04)
    try:
        await asyncio.sleep("soon")
    except TypeError as e:
        print("TypeError for a str delay")

asyncio.run(main())
