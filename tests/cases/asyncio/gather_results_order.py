# Tests asyncio.gather: results come back in argument order regardless of completion order; mixes coroutines, tasks and futures.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    print("finished", name)
    return name

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.02, fut.set_result, "future")
    task = asyncio.create_task(job("task", 0.01))
    results = await asyncio.gather(job("slow", 0.04), task, fut, job("instant", 0))
    print(results)
    g = asyncio.gather(job("x", 0))
    print("gather returns a future:", asyncio.isfuture(g), "done:", g.done())
    print(await g)

asyncio.run(main())
