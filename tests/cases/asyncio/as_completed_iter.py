# Tests asyncio.as_completed with plain iteration: awaitables yielded in completion order, including plain coroutines.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    aws = [job("slow", 0.05), job("fast", 0.01), job("medium", 0.03), job("instant", 0)]
    for fut in asyncio.as_completed(aws):
        print("next:", await fut)
    print("empty:", [x for x in asyncio.as_completed([])])

asyncio.run(main())
