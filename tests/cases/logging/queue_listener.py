# QueueListener hands queued records to its handlers in a thread of its own.
import logging
import logging.handlers
import queue
import sys
import threading

q = queue.Queue()
log = logging.getLogger("app")
log.propagate = False
log.setLevel(logging.DEBUG)
log.addHandler(logging.handlers.QueueHandler(q))

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("out %(levelname)s %(message)s [%(threadName)s]"))
errors = logging.StreamHandler(sys.stdout)
errors.setLevel(logging.ERROR)
errors.setFormatter(logging.Formatter("errors %(levelname)s %(message)s"))

listener = logging.handlers.QueueListener(q, out, errors)
listener.start()
log.debug("one")
log.error("two")
listener.stop()
print("stopped", listener._thread)
listener.stop()

listener = logging.handlers.QueueListener(q, out, errors, respect_handler_level=True)
listener.start()
log.info("three")
log.critical("four")


def worker(n):
    log.info("from worker %d", n)


threads = [threading.Thread(target=worker, args=(i,), name="w%d" % i) for i in range(3)]
for t in threads:
    t.start()
    t.join()
listener.stop()
print(q.qsize(), q.unfinished_tasks)


class Prefixed(logging.handlers.QueueListener):
    def prepare(self, record):
        record.msg = "prepared: " + record.msg
        return record


listener = Prefixed(q, out)
listener.start()
log.warning("five")
listener.stop()
