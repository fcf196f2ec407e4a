# Tests asyncio.Queue put/get/put_nowait/get_nowait with qsize, empty, full and maxsize.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=3)
    print("maxsize", q.maxsize, "qsize", q.qsize(), "empty", q.empty(), "full", q.full())
    await q.put("a")
    q.put_nowait("b")
    await q.put("c")
    print("qsize", q.qsize(), "empty", q.empty(), "full", q.full())
    print(await q.get(), q.get_nowait(), q.qsize())
    print(await q.get(), q.empty())
    unbounded = asyncio.Queue()
    for i in range(100):
        unbounded.put_nowait(i)
    print("unbounded:", unbounded.maxsize, unbounded.qsize(), unbounded.full())
    negative = asyncio.Queue(-1)
    negative.put_nowait(1)
    print("negative maxsize full:", negative.full(), negative.maxsize)
    print(str(q), str(unbounded).startswith("<Queue maxsize=0 _queue=[0, 1, 2"))
    try:
        q.maxsize = 5
    except AttributeError:
        print("maxsize is read-only")


asyncio.run(main())
