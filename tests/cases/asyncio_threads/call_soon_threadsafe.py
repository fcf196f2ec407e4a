# loop.call_soon_threadsafe from another thread wakes the loop and runs the callback there.
import asyncio
import threading


async def main():
    loop = asyncio.get_running_loop()
    loop_thread = threading.current_thread()
    fut = loop.create_future()
    ran = []

    def record(tag):
        ran.append((tag, threading.current_thread() is loop_thread))

    def worker():
        loop.call_soon_threadsafe(record, "first")
        loop.call_soon_threadsafe(record, "second")
        loop.call_soon_threadsafe(fut.set_result, "from the worker")

    t = threading.Thread(target=worker)
    t.start()
    print(await fut)     # the loop sleeps until the worker wakes it
    t.join()
    print(ran)

    handle = loop.call_soon_threadsafe(record, "cancelled")
    print(type(handle).__name__)
    handle.cancel()
    await asyncio.sleep(0)
    print(ran[-1])



asyncio.run(main())


# In debug mode: bad callbacks are refused at once, and a non-thread-safe loop method
# called from another thread raises RuntimeError.
async def coro_fn():
    pass


async def debug_main():
    loop = asyncio.get_running_loop()
    for bad in (42, coro_fn):
        try:
            loop.call_soon_threadsafe(bad)
        except TypeError as e:
            print("TypeError:", e)
    errors = []
    done = loop.create_future()

    def worker():
        try:
            loop.call_soon(print, "never")
        except RuntimeError as e:
            errors.append(str(e))
        loop.call_soon_threadsafe(done.set_result, None)

    t = threading.Thread(target=worker)
    t.start()
    await done
    t.join()
    print(errors)


with asyncio.Runner(debug=True) as runner:
    runner.get_loop().slow_callback_duration = 60   # no "Executing ... took" warnings
    runner.run(debug_main())
