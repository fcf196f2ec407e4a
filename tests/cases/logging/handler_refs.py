# logging keeps its handlers weakly, as CPython does: a handler nobody refers to any more leaves
# logging's lists (getHandlerByName, the handlers shutdown() flushes and closes) once it is
# collected. CPython frees it as soon as the last reference goes; gc.collect() makes Taipan agree.
import gc
import io
import logging


class Tracking(logging.StreamHandler):
    def close(self):
        print("closing", self.get_name())
        super().close()


kept = Tracking(io.StringIO())
kept.set_name("kept")
dropped = Tracking(io.StringIO())
dropped.set_name("dropped")
logger = logging.getLogger("demo")
attached = Tracking(io.StringIO())
attached.set_name("attached")
logger.addHandler(attached)
del attached

print(sorted(logging.getHandlerNames()))
del dropped
gc.collect()
print(sorted(logging.getHandlerNames()), logging.getHandlerByName("dropped"))
print(logging.getHandlerByName("kept") is kept, logging.getHandlerByName("attached") in logger.handlers)
logger.warning("to the attached handler")
print(logger.handlers[0].stream.getvalue(), end="")
print("end of program: shutdown closes the handlers still alive, newest first")
