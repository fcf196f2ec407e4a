# Tests the 'Task exception was never retrieved' report (stderr) for a failed task that nobody awaited, when it is released.
import asyncio
import gc

async def fail():
    raise ValueError("lost error")

async def retrieved():
    raise KeyError("seen")

async def main():
    t = asyncio.create_task(fail(), name="forgotten")
    t2 = asyncio.create_task(retrieved(), name="checked")
    await asyncio.sleep(0)
    print("failed:", t.done(), "retrieving the other:", repr(t2.exception()))
    del t, t2
    gc.collect()
    print("after release")

asyncio.run(main())
print("end")
