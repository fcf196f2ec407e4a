# Tests asyncio.as_completed with async for (3.13+): it yields the original tasks in completion order.
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name

async def main():
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in [("c", 0.04), ("a", 0.01), ("b", 0.02)]]
    async for t in asyncio.as_completed(tasks):
        print("task", t.get_name(), "is original:", t in tasks, "result:", t.result())
    failing = [asyncio.create_task(job("boom", 0, fail=True)), asyncio.create_task(job("fine", 0.01))]
    async for t in asyncio.as_completed(failing):
        try:
            print("got", await t)
        except ValueError as e:
            print("raised", repr(e))

asyncio.run(main())
