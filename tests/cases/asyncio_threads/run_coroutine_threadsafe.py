# asyncio.run_coroutine_threadsafe: submit a coroutine to the loop from another thread and
# wait for its concurrent.futures.Future there; results, exceptions, timeouts and cancel.
import asyncio
import concurrent.futures
import threading


async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b


async def fail():
    await asyncio.sleep(0)
    raise ValueError("coroutine failed")


def from_thread(loop, log):
    future = asyncio.run_coroutine_threadsafe(add(1, 2), loop)
    log.append(("type", type(future).__module__, type(future).__name__))
    log.append(("result", future.result(timeout=5)))
    future = asyncio.run_coroutine_threadsafe(fail(), loop)
    try:
        future.result(timeout=5)
    except ValueError as e:
        log.append(("raised", str(e)))
    slow = asyncio.run_coroutine_threadsafe(asyncio.sleep(10), loop)
    try:
        slow.result(timeout=0.02)
    except concurrent.futures.TimeoutError:
        log.append(("timed out", slow.cancel()))
    try:
        slow.result()
    except concurrent.futures.CancelledError:
        log.append(("cancelled", slow.cancelled()))


async def main():
    loop = asyncio.get_running_loop()
    log = []
    await asyncio.to_thread(from_thread, loop, log)
    for entry in log:
        print(*entry)
    try:
        asyncio.run_coroutine_threadsafe(add, loop)
    except TypeError as e:
        print("TypeError:", e)
    # From the loop's own thread it works too, once the loop gets to run the callback.
    future = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
    print(future.done())
    print(await asyncio.wrap_future(future))
    print(len(asyncio.all_tasks()))


asyncio.run(main())
