# %-style format fields of a record: names, levels, location, thread/process names and defaults.
import logging
import sys

log = logging.getLogger("fmt")
log.propagate = False
h = logging.StreamHandler(sys.stdout)
log.addHandler(h)
log.setLevel(logging.DEBUG)


def use(fmt, **kw):
    h.setFormatter(logging.Formatter(fmt, **kw))


def where():
    log.info("inside")


use("%(name)s|%(levelname)s|%(levelno)d|%(message)s")
log.info("hello %s, %d", "world", 42)
use("%(filename)s|%(module)s|%(lineno)d|%(funcName)s|%(pathname)s")
log.warning("loc")
where()
use("%(threadName)s|%(processName)s|%(taskName)s")
log.error("names")
use("[%(levelname)-8s] %(name)5s: %(message)r")
log.critical("padded")
use("%(message)s %(custom)s", defaults={"custom": "default-value"})
log.info("with defaults")
log.info("extra wins", extra={"custom": "from-extra"})
use(None)
log.info("default format is the message")
print(repr(logging.Formatter()._fmt), repr(logging.BASIC_FORMAT))
use("%(missing)s")
try:
    logging.Formatter("%(missing)s").format(logging.makeLogRecord({"msg": "m"}))
except ValueError as e:
    print("ValueError:", e)
for bad in ("no fields", "%(name)", "%(name)z"):
    try:
        logging.Formatter(bad)
    except ValueError as e:
        print("ValueError:", e)
print(logging.Formatter("plain", validate=False)._fmt)
for ok in ("%(name)s", "%(a)-10.3f", "%(x)#5x", "%(levelno)*d"):
    print(logging.Formatter(ok)._fmt)
try:
    logging.Formatter("%(name)s", style="^")
except ValueError as e:
    print("ValueError:", e)
# a message that is not a string goes through str()
use("%(message)s")
log.info(["not", "a", "string"])
log.info({"a": 1})
log.info("mapping %(a)s and %(b)s", {"a": 1, "b": 2})
log.info("%s", {"a": 1})
log.info("100%% done")
log.info("100% no args")
