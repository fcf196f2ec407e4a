# Tests a timeout interacting with an outside cancel(): whichever comes second, the CancelledError wins over TimeoutError.
import asyncio

async def body(label):
    task = asyncio.current_task()
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(label, "body cancelled; cancelling() =", task.cancelling())
        try:
            await asyncio.sleep(0.05)
            print(label, "cleanup finished")
        except asyncio.CancelledError:
            print(label, "cleanup interrupted; cancelling() =", task.cancelling())
        raise

async def worker(label, deadline):
    try:
        async with asyncio.timeout(deadline):
            await body(label)
    except TimeoutError:
        print(label, "TimeoutError (should not happen)")
    except asyncio.CancelledError:
        print(label, "worker sees CancelledError; cancelling() =", asyncio.current_task().cancelling())
        raise

async def run(label, deadline, cancel_at):
    t = asyncio.create_task(worker(label, deadline))
    await asyncio.sleep(cancel_at)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print(label, "task cancelled:", t.cancelled())

async def main():
    # the timeout fires first (0.01), then cancel() arrives during the cleanup (0.03)
    await run("A", 0.01, 0.03)
    # cancel() arrives first (0.01), then the deadline passes during the cleanup (0.03)
    await run("B", 0.03, 0.01)

asyncio.run(main())
