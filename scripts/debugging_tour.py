# A tour of asyncio's debugging aids (seed documents 000 "Developing with asyncio" and 002's call
# graphs): each section makes one common mistake or asks one question, and shows what asyncio
# reports. Run it with `./taipan scripts/debugging_tour.py`; add `--wait` to keep a few tasks
# sleeping at the end, so that `./taipan -m asyncio ps PID` and `pstree PID` have something to show.
import asyncio
import gc
import sys
import threading
import time
import warnings


def section(title):
    print(f"\n=== {title} ===", flush=True)
    time.sleep(0.05)  # lets the terminal show stdout before the diagnostics on stderr


async def test():
    print("never scheduled")


async def forgets_await():
    test()  # the mistake: a coroutine called but never awaited


async def bug():
    raise Exception("not consumed")


async def loses_exception():
    asyncio.create_task(bug())  # the mistake: nobody ever looks at this task's outcome
    await asyncio.sleep(0)


async def blocks_the_loop():
    time.sleep(0.15)  # the mistake: a blocking call inside a coroutine
    await asyncio.sleep(0)


async def calls_from_a_thread():
    loop = asyncio.get_running_loop()
    loop.slow_callback_duration = 1  # starting a thread is not the point here

    def other_thread():
        try:
            loop.call_soon(print, "never printed")  # the mistake: call_soon is not thread-safe
        except RuntimeError as e:
            print(f"RuntimeError: {e}", flush=True)
        loop.call_soon_threadsafe(print, "call_soon_threadsafe() is the way to do it")

    thread = threading.Thread(target=other_thread)
    thread.start()
    thread.join()
    await asyncio.sleep(0)


def leaks_a_loop():
    asyncio.new_event_loop()  # the mistake: never closed


async def worker(name, done):
    await done.wait()


async def shows_call_graph():
    done = asyncio.Event()
    async with asyncio.TaskGroup() as group:
        group.create_task(worker("a", done), name="worker-1")
        second = group.create_task(worker("b", done), name="worker-2")
        await asyncio.sleep(0)
        print("-- from the running task:")
        asyncio.print_call_graph()
        print("-- of a waiting task (who waits for it, and where):")
        asyncio.print_call_graph(second)
        done.set()


async def sleepers():
    import os
    async with asyncio.TaskGroup() as group:
        for i in (1, 2, 3):
            group.create_task(asyncio.sleep(3600), name=f"sleeper-{i}")
        print(f"Tasks are sleeping in process {os.getpid()}. From another terminal try:\n"
              f"  ./taipan -m asyncio ps {os.getpid()}\n"
              f"  ./taipan -m asyncio pstree {os.getpid()}\n"
              "Stop with Ctrl-C.", flush=True)


def main():
    section("1. A coroutine that is never awaited")
    asyncio.run(forgets_await())

    section("2. The same in debug mode: where the coroutine was created")
    asyncio.run(forgets_await(), debug=True)

    section("3. A task exception that is never retrieved (reported when the task is freed)")
    asyncio.run(loses_exception())
    gc.collect()

    section("4. The same in debug mode: where the task was created")
    asyncio.run(loses_exception(), debug=True)
    gc.collect()

    section("5. Debug mode: a callback or task step slower than 0.1 s (slow_callback_duration)")
    asyncio.run(blocks_the_loop(), debug=True)

    section("6. Debug mode: a loop method that is not thread-safe, called from another thread")
    asyncio.run(calls_from_a_thread(), debug=True)

    section("7. An event loop never closed (a ResourceWarning, shown with -W default or -X dev)")
    with warnings.catch_warnings():
        warnings.simplefilter("default", ResourceWarning)
        leaks_a_loop()
        gc.collect()

    section("8. Call graphs (Python 3.14): asyncio.print_call_graph()")
    asyncio.run(shows_call_graph())

    if "--wait" in sys.argv[1:]:
        section("9. Tasks of a running process: python -m asyncio ps / pstree")
        try:
            asyncio.run(sleepers())
        except KeyboardInterrupt:
            print("stopped")
    else:
        print("\n(Run with --wait to try `taipan -m asyncio ps/pstree` on this process.)")


main()
