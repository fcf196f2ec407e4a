# Tests Task.cancelling() and uncancel(): counts pending cancel requests; uncancel decrements and never goes below zero.
import asyncio

async def main():
    me = asyncio.current_task()
    print("initial cancelling:", me.cancelling())
    print("uncancel at zero:", me.uncancel())

    async def victim():
        task = asyncio.current_task()
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("victim cancelling:", task.cancelling())
            print("uncancel ->", task.uncancel())
            print("uncancel ->", task.uncancel())
            print("uncancel ->", task.uncancel())
            return "recovered"

    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    print("cancel 1:", t.cancel(), "cancelling:", t.cancelling())
    print("cancel 2:", t.cancel(), "cancelling:", t.cancelling())
    print("result:", await t, "cancelled:", t.cancelled())
    print("done task cancelling:", t.cancelling())

asyncio.run(main())
