# loop.add_signal_handler / remove_signal_handler: callbacks run on the loop; errors as CPython.
import _thread
import asyncio
import os
import signal


async def main():
    loop = asyncio.get_running_loop()
    got = []
    loop.add_signal_handler(signal.SIGUSR1, got.append, "usr1")
    loop.call_later(0.02, os.kill, os.getpid(), signal.SIGUSR1)
    await asyncio.sleep(0.05)
    print(got)
    print(loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))
    print(signal.getsignal(signal.SIGUSR1))
    for sig, cb in [(signal.SIGKILL, print), ("x", print), (0, print), (200, print)]:
        try:
            loop.add_signal_handler(sig, cb)
        except (RuntimeError, TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)

    async def coro():
        pass
    for cb in (coro, coro()):
        try:
            loop.add_signal_handler(signal.SIGUSR1, cb)
        except TypeError as e:
            print("TypeError:", e)
    cb.close()

    # one signal arriving twice runs the callback twice
    loop.add_signal_handler(signal.SIGUSR2, lambda: got.append("usr2"))
    os.kill(os.getpid(), signal.SIGUSR2)
    os.kill(os.getpid(), signal.SIGUSR2)
    await asyncio.sleep(0.01)
    print(got)

    # from another thread: only the main thread may add signal handlers
    def in_thread():
        other = asyncio.new_event_loop()
        try:
            other.add_signal_handler(signal.SIGUSR1, print)
        except RuntimeError as e:
            print("RuntimeError:", e)
        finally:
            other.close()
    _thread.start_joinable_thread(in_thread).join()


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
print("after close:", signal.getsignal(signal.SIGUSR2))
