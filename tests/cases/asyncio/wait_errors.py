# Tests asyncio.wait argument errors: bare coroutines are refused (3.12+), empty input, a bad return_when, and a single future.
import asyncio

async def job():
    return 1

async def main():
    c = job()
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError:", e)
    finally:
        c.close()
    try:
        await asyncio.wait(set())
    except ValueError as e:
        print("ValueError:", e)
    t = asyncio.create_task(job())
    try:
        await asyncio.wait([t], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(t)
    except TypeError as e:
        print("TypeError:", e)
    await t

asyncio.run(main())
