# QueueHandler puts prepared records on a queue: message formatted, args and exc_info cleared,
# the original record left alone.
import logging
import logging.handlers
import queue
import sys

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
qh.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
log = logging.getLogger("q")
log.propagate = False
log.addHandler(qh)
log.warning("hello %s", "queue")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed %d", 7)
log.warning("with stack", stack_info=True)
print(q.qsize())
r = q.get_nowait()
print(type(r).__name__, repr(r.msg), repr(r.message), r.args, r.exc_info, r.exc_text, r.stack_info)
r = q.get_nowait()
print(r.msg.splitlines()[0], r.msg.splitlines()[-1], r.args, r.exc_info, r.exc_text)
r = q.get_nowait()
print(r.msg.splitlines()[:2], r.stack_info)
print(qh.listener)


# the handler and its caller see the original record
class Keep(logging.Handler):
    def emit(self, record):
        self.record = record


keep = Keep()
log.addHandler(keep)
log.warning("%d%%", 50)
print(keep.record.msg, keep.record.args, q.get_nowait().msg)


# a queue that refuses records: handleError reports
class Full:
    def put_nowait(self, item):
        raise queue.Full


log.handlers[:] = [logging.handlers.QueueHandler(Full())]
logging.raiseExceptions = False
log.warning("dropped")
print("no report with raiseExceptions off")


# enqueue and prepare can be overridden
class ToList(logging.handlers.QueueHandler):
    def prepare(self, record):
        return record.getMessage().upper()

    def enqueue(self, item):
        self.queue.append(item)


items = []
log.handlers[:] = [ToList(items)]
log.warning("custom %s", "prepare")
print(items)
