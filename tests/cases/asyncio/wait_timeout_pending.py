# Tests asyncio.wait(timeout=...): unfinished tasks are left pending (not cancelled) and no TimeoutError is raised.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    quick = asyncio.create_task(job("quick", 0))
    slow = asyncio.create_task(job("slow", 0.06))
    done, pending = await asyncio.wait({quick, slow}, timeout=0.02)
    print("done:", [t.result() for t in done])
    print("pending is slow:", pending == {slow}, "cancelled:", slow.cancelled())
    print("slow finishes later:", await slow)
    done, pending = await asyncio.wait({quick}, timeout=0)
    print("timeout=0 with a finished task:", len(done), len(pending))

asyncio.run(main())
