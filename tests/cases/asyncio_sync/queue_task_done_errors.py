# Tests asyncio.Queue.task_done() called too many times, and that get() alone leaves tasks open.
import asyncio


async def main():
    q = asyncio.Queue()
    try:
        q.task_done()
    except ValueError as e:
        print(type(e).__name__, e)
    q.put_nowait("x")
    q.get_nowait()
    print(str(q))
    joiner = asyncio.create_task(q.join())
    await asyncio.sleep(0.01)
    print("join done after get only:", joiner.done())
    q.task_done()
    await joiner
    print("join done after task_done:", joiner.done())
    try:
        q.task_done()
    except ValueError as e:
        print("again:", e)


asyncio.run(main())
