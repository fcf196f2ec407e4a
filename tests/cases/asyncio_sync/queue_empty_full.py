# Tests asyncio.QueueEmpty and asyncio.QueueFull from get_nowait()/put_nowait().
import asyncio


async def main():
    q = asyncio.Queue(1)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("get_nowait:", type(e).__name__, repr(str(e)), type(e).__module__)
    q.put_nowait(1)
    try:
        q.put_nowait(2)
    except asyncio.QueueFull as e:
        print("put_nowait:", type(e).__name__, repr(str(e)))
    print(q.qsize(), q.get_nowait())
    print(issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))
    import queue
    print(asyncio.QueueEmpty is queue.Empty, asyncio.QueueFull is queue.Full)


asyncio.run(main())
