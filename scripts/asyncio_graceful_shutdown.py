# From seed document 001 (complete asyncio guide), section "실전 패턴 / Graceful Shutdown":
# shutdown() cancels every other task, gathers them with return_exceptions=True and stops the
# loop. No real signal is sent: a stand-in "signal" object is passed to shutdown() from a
# timer, the way the document's add_signal_handler lambda would call it.
import asyncio
from types import SimpleNamespace


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
    log = []
    fake_sigterm = SimpleNamespace(name="SIGTERM")
    loop.call_later(0.08, lambda s=fake_sigterm: loop.create_task(shutdown(loop, s)))
    server = loop.create_task(run_server(log))
    try:
        loop.run_forever()
    finally:
        loop.close()
    print("server cancelled:", server.cancelled())
    print("workers ran:", sorted(set(log)), "loop closed:", loop.is_closed())


main()
