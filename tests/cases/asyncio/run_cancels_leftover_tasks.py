# Tests that asyncio.run cancels tasks still pending when main returns: their except/finally blocks run before run() returns.
import asyncio

async def worker(name, delay):
    try:
        print(name, "started")
        await asyncio.sleep(delay)
        print(name, "finished normally")
    except asyncio.CancelledError as e:
        print(name, "got CancelledError, args:", e.args)
        raise
    finally:
        print(name, "finally")

async def main():
    asyncio.create_task(worker("quick", 0))
    asyncio.create_task(worker("slow", 10))
    await asyncio.sleep(0.01)
    print("main returns")
    return "main result"

print(asyncio.run(main()))
print("after first run")

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn swallows the cancel and returns")
        return "ignored"

async def main2():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    print("main2 returns, task done:", t.done())
    return t

t = asyncio.run(main2())
print("after second run, task result:", t.result(), "cancelled:", t.cancelled())
