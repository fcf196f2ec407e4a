# Tests cancelling the future returned by gather: every unfinished child is cancelled and awaiting the gather raises CancelledError.
import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    quick = asyncio.create_task(child("quick", 0))
    g = asyncio.gather(quick, child("slow1", 0.05), child("slow2", 0.06))
    await asyncio.sleep(0.01)
    print("cancel returns:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("awaiting gather raised CancelledError")
    print("gather cancelled:", g.cancelled(), "quick result:", quick.result())
    print("cancel again:", g.cancel())

asyncio.run(main())
