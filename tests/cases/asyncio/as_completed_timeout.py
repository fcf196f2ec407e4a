# Tests as_completed(timeout=...): after the deadline the remaining awaits raise TimeoutError; errors for bad arguments.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    tasks = [asyncio.create_task(job("fast", 0)), asyncio.create_task(job("slow", 0.5))]
    try:
        for fut in asyncio.as_completed(tasks, timeout=0.08):
            print("got", await fut)
    except TimeoutError:
        print("TimeoutError; slow cancelled?", tasks[1].cancelled())
    tasks[1].cancel()
    try:
        asyncio.as_completed(asyncio.create_task(job("x", 0)))
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep(0)

asyncio.run(main())
