# The pattern asyncio's docs advise: coroutines log through a QueueHandler (which never blocks
# the event loop) and a QueueListener thread does the slow writing.
import asyncio
import logging
import logging.handlers
import queue
import sys


class SlowStdout(logging.StreamHandler):
    def emit(self, record):
        import time
        time.sleep(0.05)  # a slow destination, such as a network service
        super().emit(record)


q = queue.Queue()
root = logging.getLogger()
root.setLevel(logging.INFO)
root.addHandler(logging.handlers.QueueHandler(q))
slow = SlowStdout(sys.stdout)
slow.setFormatter(logging.Formatter("%(taskName)s %(name)s %(levelname)s %(message)s"))
listener = logging.handlers.QueueListener(q, slow)


async def fetch(n):
    log = logging.getLogger("fetch")
    log.info("start %d", n)
    await asyncio.sleep(0.01 * n)
    log.info("done %d", n)
    return n


async def main():
    listener.start()
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    results = await asyncio.gather(*(fetch(n) for n in range(1, 4)))
    elapsed = loop.time() - t0
    logging.getLogger("main").info("results %s", results)
    return elapsed


elapsed = asyncio.run(main())
listener.stop()
print("the loop did not wait for the slow handler:", elapsed < 0.25)
