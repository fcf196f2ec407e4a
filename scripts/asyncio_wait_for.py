# From seed document 004 (an introduction to asyncio), section "wait_for": a coroutine that
# takes longer than its timeout is cancelled and "Time Out!" is printed. Delays scaled down.
import asyncio


async def slow_job():
    try:
        await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        print("slow_job cancelled by wait_for")
        raise


async def main():
    try:
        result = await asyncio.wait_for(slow_job(), timeout=0.02)
        print(result)
    except asyncio.TimeoutError:
        print("Time Out!")
    # With enough time the result comes back normally.
    print(await asyncio.wait_for(asyncio.sleep(0.01, result="in time"), timeout=1))


asyncio.run(main())
