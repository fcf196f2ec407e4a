# Debug mode checks that loop methods that are not thread-safe (call_soon, call_later, call_at) are
# called from the loop's own thread: from another thread they raise RuntimeError, while
# call_soon_threadsafe() is the way to schedule a callback there. Without debug mode nothing is
# checked (and the call is unsafe).
import asyncio
import threading


def from_other_thread(loop, results):
    for name, call in [("call_soon", lambda: loop.call_soon(print, "unsafe")),
                       ("call_later", lambda: loop.call_later(0, print, "unsafe")),
                       ("call_at", lambda: loop.call_at(loop.time(), print, "unsafe"))]:
        try:
            call()
            results.append(f"{name}: accepted")
        except RuntimeError as e:
            results.append(f"{name}: {type(e).__name__}: {e}")
    loop.call_soon_threadsafe(print, "scheduled with call_soon_threadsafe")


async def main():
    loop = asyncio.get_running_loop()
    loop.slow_callback_duration = 60  # starting a thread may be slow; slow steps are another case's subject
    results = []
    thread = threading.Thread(target=from_other_thread, args=(loop, results))
    thread.start()
    thread.join()
    print("\n".join(results))
    await asyncio.sleep(0)
    loop.call_soon(print, "call_soon from the loop's thread is fine")
    await asyncio.sleep(0)


asyncio.run(main(), debug=True)


async def quiet():
    loop = asyncio.get_running_loop()
    thread = threading.Thread(target=loop.call_soon, args=(print, "not checked without debug mode"))
    thread.start()
    thread.join()
    await asyncio.sleep(0)


asyncio.run(quiet())
