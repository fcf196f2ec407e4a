# Tests repeated cancel() calls: each returns True while the task is pending, but only one CancelledError is delivered.
import asyncio

async def victim():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("first CancelledError, args:", e.args)
    try:
        await asyncio.sleep(0.01)
        print("second sleep completed: the extra cancels were merged")
    except asyncio.CancelledError:
        print("second CancelledError")
    return "done"

async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    print([t.cancel("one"), t.cancel("two"), t.cancel("three")])
    print("cancelling:", t.cancelling())
    print(await t)

asyncio.run(main())
