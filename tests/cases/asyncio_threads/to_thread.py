# asyncio.to_thread: runs in a worker thread, passes args and kwargs, copies the context,
# and propagates the function's exception.
import asyncio
import contextvars
import inspect
import threading

request = contextvars.ContextVar("request", default="none")


def blocking(a, b=0, *, c=0):
    where = threading.current_thread()
    request.set("changed in thread")   # only the copy changes
    return a + b + c, where is threading.main_thread(), where.name.startswith("asyncio_")


def read_var():
    return request.get()


def fail():
    raise KeyError("from thread")


async def main():
    print(await asyncio.to_thread(blocking, 1, 2, c=3))
    request.set("set in task")
    print(await asyncio.to_thread(read_var))
    print(request.get())
    try:
        await asyncio.to_thread(fail)
    except KeyError as e:
        print("raised:", repr(e))
    # to_thread is a coroutine function; func is positional-only.
    print(inspect.iscoroutinefunction(asyncio.to_thread))
    print(await asyncio.to_thread(dict, func=1))
    results = await asyncio.gather(*(asyncio.to_thread(pow, 2, n) for n in range(5)))
    print(results)


asyncio.run(main())
print(threading.active_count())   # asyncio.run shut the default executor down
