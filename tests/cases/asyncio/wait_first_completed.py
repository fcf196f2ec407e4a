# Tests asyncio.wait(return_when=FIRST_COMPLETED): returns (done, pending) sets as soon as one task finishes.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    tasks = {asyncio.create_task(job(n, d), name=n) for n, d in [("fast", 0.01), ("slow", 0.1), ("slower", 0.2)]}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    print("types:", type(done).__name__, type(pending).__name__)
    print("constant:", asyncio.FIRST_COMPLETED)
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print("next done:", [t.result() for t in done], "still pending:", [t.get_name() for t in pending])
    for t in pending:
        t.cancel()

asyncio.run(main())
