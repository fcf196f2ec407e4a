# With no handler anywhere, WARNING and above go to lastResort: the bare message on sys.stderr.
import io
import logging
import sys

log = logging.getLogger("quiet.app")
log.info("info is dropped")
log.warning("warning reaches stderr")
log.error("error %d reaches stderr", 2)
try:
    1 / 0
except ZeroDivisionError:
    log.exception("with a traceback")
print(logging.lastResort, logging.lastResort.level)
# lastResort looks sys.stderr up when it writes
saved = sys.stderr
sys.stderr = io.StringIO()
log.warning("captured")
text = sys.stderr.getvalue()
sys.stderr = saved
print(repr(text))
# a NullHandler counts as a handler: nothing is printed
lib = logging.getLogger("library")
lib.addHandler(logging.NullHandler())
lib.error("silenced")
print(lib.hasHandlers())
# without lastResort: a one-time complaint
logging.lastResort = None
log.warning("first")
log.warning("second")
logging.getLogger("other").warning("third")
print("done")
