# basicConfig(filename=..., filemode=...) writes to a file, appending unless filemode is "w".
import logging
import os

path = os.path.join(os.environ.get("TMPDIR", "/tmp"), "taipan-logging-basic-%d.log" % os.getpid())
logging.basicConfig(filename=path, filemode="w", format="%(levelname)s:%(message)s", level=logging.DEBUG)
h = logging.root.handlers[0]
print(type(h).__name__, h.mode, h.baseFilename == os.path.abspath(path), h.encoding, h.errors)
logging.debug("first")
logging.info("second: %s", "ünïcode")
logging.basicConfig(force=True, filename=path, format="%(message)s")
logging.warning("appended")
logging.shutdown()
with open(path, encoding="utf-8") as f:
    print(f.read(), end="")
print(h.stream)
os.remove(path)
