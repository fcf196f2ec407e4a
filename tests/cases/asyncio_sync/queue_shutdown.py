# Tests asyncio.Queue.shutdown(): puts fail at once, gets drain the remaining items and then fail.
import asyncio


async def main():
    q = asyncio.Queue()
    q.put_nowait(1)
    q.put_nowait(2)
    q.shutdown()
    print(str(q))
    for put in (lambda: q.put_nowait(3),):
        try:
            put()
        except asyncio.QueueShutDown as e:
            print("put_nowait:", type(e).__name__, repr(str(e)))
    try:
        await q.put(3)
    except asyncio.QueueShutDown:
        print("put: QueueShutDown")
    print(await q.get(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueShutDown:
        print("get_nowait on drained queue: QueueShutDown")
    try:
        await q.get()
    except asyncio.QueueShutDown:
        print("get on drained queue: QueueShutDown")
    q.task_done()
    q.task_done()
    await q.join()
    print("join returned", issubclass(asyncio.QueueShutDown, Exception))
    q.shutdown()  # a second shutdown is harmless
    print(str(q))


asyncio.run(main())
