# Tests asyncio.iscoroutine and asyncio.isfuture on coroutines, generators, futures, tasks and plain objects.
import asyncio

async def coro_fn():
    pass

def gen_fn():
    yield

class FakeFuture:
    _asyncio_future_blocking = False

async def main():
    c = coro_fn()
    print("iscoroutine(coro):", asyncio.iscoroutine(c))
    print("iscoroutine(coro_fn):", asyncio.iscoroutine(coro_fn))
    g = gen_fn()
    print("iscoroutine(generator):", asyncio.iscoroutine(g))
    print("iscoroutine(1):", asyncio.iscoroutine(1))
    fut = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(c)
    print("isfuture(future):", asyncio.isfuture(fut))
    print("isfuture(task):", asyncio.isfuture(task))
    print("isfuture(Future class):", asyncio.isfuture(asyncio.Future))
    print("isfuture(duck-typed):", asyncio.isfuture(FakeFuture()))
    c2 = coro_fn()
    print("isfuture(coroutine):", asyncio.isfuture(c2))
    c2.close()
    print("isfuture(None):", asyncio.isfuture(None))
    await task
    fut.cancel()

asyncio.run(main())
