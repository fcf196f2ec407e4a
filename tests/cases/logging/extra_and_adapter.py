# extra= adds record attributes; LoggerAdapter supplies them for every call.
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s [%(user)s] %(message)s", level=logging.DEBUG)
log = logging.getLogger("ex")
log.info("login", extra={"user": "ada"})
for key in ("message", "asctime", "name", "levelname", "lineno"):
    try:
        log.info("x", extra={key: 1})
    except KeyError as e:
        print("KeyError:", e)

adapter = logging.LoggerAdapter(log, {"user": "bob"})
adapter.debug("debug %s", 1)
adapter.info("info")
adapter.warning("warning")
adapter.error("error")
adapter.critical("critical")
adapter.log(logging.INFO, "log")
try:
    1 / 0
except ZeroDivisionError:
    adapter.exception("failed")
print(repr(adapter), adapter.name, adapter.manager is log.manager)
print(adapter.isEnabledFor(logging.DEBUG), adapter.getEffectiveLevel(), adapter.hasHandlers())
adapter.setLevel(logging.WARNING)
adapter.info("dropped")
print(log.level)
log.setLevel(logging.NOTSET)
# extra passed to an adapter call is replaced by the adapter's, unless merge_extra
adapter.warning("call extra ignored", extra={"user": "eve"})
merging = logging.LoggerAdapter(log, {"user": "bob", "role": "admin"}, merge_extra=True)
merging.logger.handlers  # attribute access works
logging.root.handlers[0].setFormatter(logging.Formatter("[%(user)s/%(role)s] %(message)s"))
merging.warning("merged", extra={"user": "eve"})


class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["conn"], msg), kwargs


logging.root.handlers[0].setFormatter(logging.Formatter("%(funcName)s:%(message)s"))


def handler():
    Prefix(log, {"conn": 7}).warning("from the adapter subclass")


handler()
