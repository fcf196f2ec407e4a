# Tests asyncio.wait with the default ALL_COMPLETED, a mix of tasks and futures, and a duplicate in the input.
import asyncio

async def job(n):
    await asyncio.sleep(n / 100)
    return n

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.02, fut.set_result, "fut")
    t1 = asyncio.create_task(job(1))
    t2 = asyncio.create_task(job(3))
    done, pending = await asyncio.wait([t1, t2, fut, t1])
    print("done count:", len(done), "pending:", pending)
    print("results:", sorted(str(f.result()) for f in done))
    print("constant:", asyncio.ALL_COMPLETED)

asyncio.run(main())
