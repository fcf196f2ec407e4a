# FileHandler: modes, delay, encoding, close, and reading the file back.
import logging
import os

path = os.path.join(os.environ.get("TMPDIR", "/tmp"), "taipan-logging-file-%d.log" % os.getpid())
log = logging.getLogger("file")
log.propagate = False

h = logging.FileHandler(path, mode="w", encoding="utf-8")
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log.addHandler(h)
print(h.baseFilename == os.path.abspath(path), h.mode, h.encoding, h.delay, h.stream is not None)
print(repr(h) == "<FileHandler %s (NOTSET)>" % os.path.abspath(path))
log.warning("one")
log.error("two: %s", "ωmega")
h.close()
print(h.stream)
log.removeHandler(h)
with open(path, encoding="utf-8") as f:
    print(f.read(), end="")

# delay: the file is opened at the first record; mode "a" appends
h = logging.FileHandler(path, delay=True)
print(h.stream, h.mode, h.encoding, h.errors)
log.addHandler(h)
log.warning("three")
print(h.stream is not None)
h.close()
log.removeHandler(h)
with open(path, encoding="utf-8") as f:
    print(f.read(), end="")

# a closed "w" handler does not reopen (and truncate) the file
h = logging.FileHandler(path, mode="w", delay=True)
h.close()
log.addHandler(h)
log.warning("lost")
print(h.stream)
log.removeHandler(h)
with open(path, encoding="utf-8") as f:
    print(repr(f.read()))

# a path-like filename, and errors=
class P:
    def __fspath__(self):
        return path


h = logging.FileHandler(P(), mode="w", encoding="ascii", errors="replace")
log.addHandler(h)
log.warning("caf\xe9")
h.close()
log.removeHandler(h)
with open(path, encoding="utf-8") as f:
    print(f.read(), end="")
os.remove(path)
try:
    logging.FileHandler(os.path.join(path, "no", "such", "dir.log"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
