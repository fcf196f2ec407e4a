# From seed document 001 (complete asyncio guide), section "실전 패턴 / Graceful Shutdown":
# SIGTERM and SIGINT handlers (loop.add_signal_handler) start shutdown(), which cancels every
# other task, gathers them with return_exceptions=True and stops the loop.
# Run alone, the script sends itself SIGTERM after 0.08 s. With --wait it prints "ready" and
# waits for a real signal (`kill -TERM <pid>`, or Ctrl-C): the tests module does that to a
# child process.
import asyncio
import os
import signal
import sys


cleaned_up = []


async def shutdown(loop, signal=None):
    if signal:
        print(f"Received signal {signal.name}")
    tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    [task.cancel() for task in tasks]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    # all_tasks() is a set, so the workers are cancelled in no particular order.
    print("cleaned up:", sorted(cleaned_up))
    print("cancelled tasks:", len(results),
          all(isinstance(r, asyncio.CancelledError) for r in results))
    loop.stop()


async def worker(name, period, log):
    try:
        while True:
            await asyncio.sleep(period)
            log.append(name)
    except asyncio.CancelledError:
        cleaned_up.append(name)
        raise


async def run_server(log):
    workers = [asyncio.create_task(worker(f"worker-{i}", 0.02, log)) for i in range(2)]
    await asyncio.gather(*workers)


def main():
    loop = asyncio.new_event_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(
            sig,
            lambda s=sig: asyncio.create_task(shutdown(loop, s))
        )
    log = []
    server = loop.create_task(run_server(log))
    if "--wait" in sys.argv:
        loop.call_later(0.05, lambda: print("ready", flush=True))
    else:
        loop.call_later(0.08, os.kill, os.getpid(), signal.SIGTERM)
    try:
        loop.run_forever()
    finally:
        loop.close()
    print("server cancelled:", server.cancelled())
    print("workers ran:", sorted(set(log)), "loop closed:", loop.is_closed())
    print("SIGTERM handler restored:", signal.getsignal(signal.SIGTERM) == signal.SIG_DFL)


main()
