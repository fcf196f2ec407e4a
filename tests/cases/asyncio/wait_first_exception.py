# Tests asyncio.wait(return_when=FIRST_EXCEPTION): returns when a task raises; without any exception it behaves like ALL_COMPLETED.
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name + " failed")
    return name

async def main():
    tasks = [asyncio.create_task(job("ok", 0), name="ok"),
             asyncio.create_task(job("bad", 0.01, fail=True), name="bad"),
             asyncio.create_task(job("late", 0.05), name="late")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("done:", sorted(t.get_name() for t in done), "pending:", [t.get_name() for t in pending])
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), "->", repr(t.exception()))
    print("wait does not raise; late still runs:", await tasks[2])
    no_errors = [asyncio.create_task(job(n, d)) for n, d in [("p", 0), ("q", 0.01)]]
    done, pending = await asyncio.wait(no_errors, return_when=asyncio.FIRST_EXCEPTION)
    print("without errors:", sorted(t.result() for t in done), len(pending))
    print("constant:", asyncio.FIRST_EXCEPTION)

asyncio.run(main())
