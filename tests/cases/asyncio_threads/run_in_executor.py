# loop.run_in_executor with the default executor and a custom one; set_default_executor;
# the errors after shutdown_default_executor() and on a closed loop.
import asyncio
import concurrent.futures
import functools
import threading


def thread_name():
    return threading.current_thread().name


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, thread_name)
    print(type(fut).__name__, isinstance(fut, asyncio.Future))
    print(await fut)
    print(await loop.run_in_executor(None, functools.partial(int, "ff", base=16)))
    with concurrent.futures.ThreadPoolExecutor(thread_name_prefix="mine") as pool:
        print(await loop.run_in_executor(pool, thread_name))
    try:
        await loop.run_in_executor(None, int, "x")
    except ValueError as e:
        print("raised:", e)

    try:
        loop.set_default_executor(object())
    except TypeError as e:
        print("TypeError:", e)
    custom = concurrent.futures.ThreadPoolExecutor(thread_name_prefix="default")
    loop.set_default_executor(custom)
    print(await loop.run_in_executor(None, thread_name))
    await loop.shutdown_default_executor()
    try:
        loop.run_in_executor(None, thread_name)
    except RuntimeError as e:
        print("RuntimeError:", e)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        print(await loop.run_in_executor(pool, sum, [1, 2, 3]))


asyncio.run(main())

loop = asyncio.new_event_loop()
print(loop.run_until_complete(loop.run_in_executor(None, pow, 3, 4)))
loop.close()
try:
    loop.run_in_executor(None, print)
except RuntimeError as e:
    print("RuntimeError:", e)

# In debug mode a coroutine function is refused.
async def coro_fn():
    pass


async def debug_main():
    loop = asyncio.get_running_loop()
    for bad in (coro_fn, 42):
        try:
            loop.run_in_executor(None, bad)
        except TypeError as e:
            print("TypeError:", e)


with asyncio.Runner(debug=True) as runner:
    runner.get_loop().slow_callback_duration = 60   # no "Executing ... took" warnings
    runner.run(debug_main())
