# LogRecord attributes, getMessage(), makeLogRecord() and the record factory.
import logging
import sys

r = logging.LogRecord("name.x", logging.INFO, "/some/path/mod.py", 12, "hello %s", ("you",), None,
                      func="fn", sinfo=None)
print(r.name, r.levelname, r.levelno, r.pathname, r.filename, r.module, r.lineno, r.funcName)
print(r.msg, r.args, r.exc_info, r.exc_text, r.stack_info, r.getMessage())
print(repr(r))
print(r.threadName, r.processName, r.taskName, r.thread is not None, r.process is not None)
print(type(r.created).__name__, type(r.msecs).__name__, type(r.relativeCreated).__name__)
print(0 <= r.msecs < 1000, r.relativeCreated >= 0, abs(r.msecs - (r.created % 1) * 1000) < 1.5)
print(hasattr(r, "message"), hasattr(r, "asctime"))
r2 = logging.LogRecord("n", 20, "p", 1, "%(a)s-%(b)s", ({"a": 1, "b": 2},), None)
print(r2.args, r2.getMessage())
r3 = logging.LogRecord("n", 20, "p", 1, "%s", ({},), None)
print(r3.args, r3.getMessage())
r4 = logging.LogRecord("n", 20, "p", 1, 42, (), None)
print(r4.getMessage(), repr(r4))
r5 = logging.LogRecord("n", 20, "p", 1, "%s %s", (1, 2), None)
print(r5.getMessage())
m = logging.makeLogRecord({"msg": "made", "custom": 1, "levelno": 99})
print(m.name, m.msg, m.custom, m.levelno, m.levelname, m.getMessage(), m.args)
print(logging.makeLogRecord({}).__dict__["name"])

old = logging.getLogRecordFactory()


def factory(*args, **kwargs):
    record = old(*args, **kwargs)
    record.tag = "tagged"
    return record


logging.setLogRecordFactory(factory)
logging.basicConfig(stream=sys.stdout, format="%(tag)s %(message)s")
logging.warning("through the factory")
print(logging.getLogRecordFactory() is factory)
logging.setLogRecordFactory(old)
logging.root.handlers[0].setFormatter(logging.Formatter("%(message)s"))
logging.warning("no tag any more")
