# stack_info adds the caller's stack; stacklevel attributes a record to a caller further up.
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(funcName)s:%(lineno)d %(message)s")
log = logging.getLogger("stk")


def helper(msg, level=1):
    log.warning(msg, stacklevel=level)


def outer():
    helper("stacklevel 1 names helper")
    helper("stacklevel 2 names outer", 2)
    helper("stacklevel 3 names the module", 3)
    helper("too high a stacklevel stops at the outermost frame", 99)


outer()


def inner():
    log.warning("with the stack", stack_info=True)


def middle():
    inner()


middle()
log.warning("stack and stacklevel", stack_info=True, stacklevel=1)


class Wrapper:
    def __init__(self, logger):
        self.logger = logger

    def info(self, msg):
        self.logger.warning(msg, stacklevel=2)


Wrapper(log).info("attributed to the wrapper's caller")
rec = logging.makeLogRecord({"msg": "m", "stack_info": "Stack (most recent call last):\n  fake"})
print(logging.Formatter("%(message)s").format(rec))
print(log.findCaller())
print(log.findCaller(stack_info=True)[3])
