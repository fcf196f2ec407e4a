# expected: hand-written
# Python 3.14: QueueListener is a context manager (start on entry, stop on exit) and start()
# on a running listener raises RuntimeError("Listener already started") (3.14 "What's new",
# logging.handlers docs). CPython 3.13 has neither, so this output is written by hand.
import logging
import logging.handlers
import queue
import sys

q = queue.Queue()
log = logging.getLogger("ctx")
log.propagate = False
log.addHandler(logging.handlers.QueueHandler(q))
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
with logging.handlers.QueueListener(q, out) as listener:
    started = listener._thread is not None
    log.warning("inside the with block")
    try:
        listener.start()
    except RuntimeError as e:
        error = e
print(started, listener._thread)
print("RuntimeError:", error)
log.warning("queued after stop")
print(q.qsize())
