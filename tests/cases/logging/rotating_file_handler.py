# RotatingFileHandler rolls the file over at maxBytes, keeping backupCount old files.
import logging
import logging.handlers
import os

base = os.path.join(os.environ.get("TMPDIR", "/tmp"), "taipan-logging-rot-%d.log" % os.getpid())
h = logging.handlers.RotatingFileHandler(base, mode="w", maxBytes=30, backupCount=2)
print(h.mode, h.maxBytes, h.backupCount)
h.setFormatter(logging.Formatter("%(message)s"))
log = logging.getLogger("rot")
log.propagate = False
log.addHandler(h)
for i in range(8):
    log.warning("record number %d", i)
h.close()


def show(name):
    if os.path.exists(name):
        with open(name) as f:
            print(os.path.basename(name).replace(str(os.getpid()), "PID"), repr(f.read()))
        os.remove(name)
    else:
        print(os.path.basename(name).replace(str(os.getpid()), "PID"), "missing")


for name in (base, base + ".1", base + ".2", base + ".3"):
    show(name)

# maxBytes 0 never rolls over; namer and rotator
h = logging.handlers.RotatingFileHandler(base, maxBytes=0)
print(h.shouldRollover(logging.makeLogRecord({"msg": "x" * 100})))
h.close()
os.remove(base)
h = logging.handlers.RotatingFileHandler(base, maxBytes=10, backupCount=1)
h.namer = lambda name: name + ".renamed"
h.rotator = lambda src, dst: (print("rotate", os.path.basename(dst).replace(str(os.getpid()), "PID")),
                               os.rename(src, dst))
h.setFormatter(logging.Formatter("%(message)s"))
log.addHandler(h)
log.warning("first line")
log.warning("second line")
h.close()
show(base)
show(base + ".1.renamed")
