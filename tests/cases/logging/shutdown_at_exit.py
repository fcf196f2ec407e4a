# At exit, logging.shutdown() flushes and closes every handler (newest first), so buffered
# records still reach their target.
import logging
import logging.handlers
import sys


class Announce(logging.StreamHandler):
    def __init__(self, label):
        super().__init__(sys.stdout)
        self.label = label

    def flush(self):
        print("flush", self.label)
        super().flush()

    def close(self):
        print("close", self.label)
        super().close()


first = Announce("first")
second = Announce("second")
log = logging.getLogger("exit")
log.addHandler(first)
buffer = logging.handlers.MemoryHandler(100, target=second)
log.addHandler(buffer)
log.warning("buffered until exit")
print("end of the program")
