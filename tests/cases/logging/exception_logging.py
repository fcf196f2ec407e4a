# logger.exception and exc_info: the traceback follows the message, chained exceptions included.
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s:%(message)s")
log = logging.getLogger("exc")


def fail(n):
    return {"a": 1}[n]


try:
    fail("b")
except KeyError:
    log.exception("lookup failed for %r", "b")

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad value") from e
except ValueError:
    log.error("chained", exc_info=True)

try:
    try:
        [][1]
    except IndexError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    saved = e
log.warning("exception instance", exc_info=saved)
log.warning("exception tuple", exc_info=(type(saved), saved, saved.__traceback__))
log.critical("no exception being handled", exc_info=True)
logging.exception("module-level exception() outside a handler")
try:
    raise OSError(2, "No such file")
except OSError:
    logging.exception("module-level")
log.info("info is below WARNING", exc_info=True)
try:
    raise TypeError("message ending in newline\n")
except TypeError:
    log.exception("x")
rec = logging.makeLogRecord({"msg": "cached", "exc_info": (type(saved), saved, saved.__traceback__)})
f = logging.Formatter("%(message)s")
first = f.format(rec)
print(rec.exc_text.splitlines()[-1])
rec.exc_text = "replaced text"
print(f.format(rec))
