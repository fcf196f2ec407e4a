# Tests asyncio.Queue.shutdown(immediate=True): items are dropped, gets fail, join() is released.
import asyncio


async def main():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    joiner = asyncio.create_task(q.join())
    await asyncio.sleep(0)
    print("joiner done before:", joiner.done(), str(q))
    q.shutdown(immediate=True)
    print(str(q), q.qsize(), q.empty())
    await joiner
    print("joiner done after:", joiner.done())
    try:
        q.get_nowait()
    except asyncio.QueueShutDown:
        print("get_nowait: QueueShutDown")
    try:
        await q.get()
    except asyncio.QueueShutDown:
        print("get: QueueShutDown")
    try:
        q.task_done()
    except ValueError as e:
        print("task_done:", e)

    # A consumer that already took an item can still mark it done.
    q2 = asyncio.Queue()
    q2.put_nowait("a")
    q2.put_nowait("b")
    print(q2.get_nowait())
    q2.shutdown(immediate=True)
    print(str(q2))
    q2.task_done()
    await q2.join()
    print("q2 joined")


asyncio.run(main())
