# setLoggerClass, handler names, reprs of loggers and handlers, NullHandler.
import io
import logging
import sys


class MyLogger(logging.Logger):
    def notice(self, msg, *args, **kwargs):
        if self.isEnabledFor(25):
            self._log(25, msg, args, **kwargs)


logging.addLevelName(25, "NOTICE")
logging.setLoggerClass(MyLogger)
log = logging.getLogger("custom")
print(type(log).__name__, logging.getLoggerClass().__name__)
logging.setLoggerClass(logging.Logger)
print(type(logging.getLogger("plain")).__name__)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print("TypeError:", e)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)s %(funcName)s %(message)s"))
log.addHandler(h)
log.notice("a notice")
print(repr(log), repr(logging.getLogger("plain")))
print(repr(h), repr(logging.StreamHandler(io.StringIO())))
h.setLevel("ERROR")
print(repr(h), h.level)
print(repr(logging.NullHandler()), repr(logging.Handler(logging.DEBUG)))
h.set_name("console")
print(h.name, h.get_name(), logging.getHandlerByName("console") is h, "console" in logging.getHandlerNames())
h.name = "renamed"
print(logging.getHandlerByName("console"), logging.getHandlerByName("renamed") is h)
h.close()
print(logging.getHandlerByName("renamed"), sorted(logging.getHandlerNames()))
old = h.setStream(sys.stderr)
print(old is sys.stdout, h.setStream(sys.stderr))
nh = logging.NullHandler()
print(nh.lock, nh.handle(logging.makeLogRecord({})))
print(logging.StreamHandler[int], logging.LoggerAdapter[str])
print(logging.StreamHandler.terminator == "\n")
sh = logging.StreamHandler(sys.stdout)
sh.terminator = " <end>\n"
log.addHandler(sh)
log.removeHandler(h)
log.warning("custom terminator")
