# TimedRotatingFileHandler: intervals, suffixes, rollover times (UTC, fixed clock) and errors.
import logging
import logging.handlers
import os

base = os.path.join(os.environ.get("TMPDIR", "/tmp"), "taipan-logging-timed-%d.log" % os.getpid())
T = 1700000000  # 2023-11-14 22:13:20 UTC, a Tuesday
for when, interval in [("S", 1), ("m", 5), ("H", 2), ("d", 1), ("midnight", 1), ("midnight", 3),
                       ("W0", 1), ("w3", 1), ("W1", 2), ("W2", 1)]:
    h = logging.handlers.TimedRotatingFileHandler(base, when=when, interval=interval, utc=True, delay=True)
    print(when, h.when, h.interval, h.suffix, h.computeRollover(T) - T)
    h.close()
class At:  # stands for datetime.time(6, 30)
    hour, minute, second = 6, 30, 0


h = logging.handlers.TimedRotatingFileHandler(base, when="midnight", utc=True, delay=True, atTime=At())
print("atTime", h.computeRollover(T) - T)
h.close()
for when in ("X", "W", "W7", "W12"):
    try:
        logging.handlers.TimedRotatingFileHandler(base, when=when, delay=True)
    except ValueError as e:
        print("ValueError:", e)

h = logging.handlers.TimedRotatingFileHandler(base, when="S", backupCount=1, utc=True)
h.setFormatter(logging.Formatter("%(message)s"))
log = logging.getLogger("timed")
log.propagate = False
log.addHandler(h)
log.warning("before")
print(h.shouldRollover(None))
h.rolloverAt = 0
print(h.shouldRollover(None))
log.warning("after")
directory, name = os.path.split(base)
rotated = [f for f in os.listdir(directory) if f.startswith(name + ".")]
print(len(rotated), bool(h.extMatch.fullmatch(rotated[0][len(name) + 1:])))
with open(os.path.join(directory, rotated[0])) as f:
    print(repr(f.read()))
with open(base) as f:
    print(repr(f.read()))
h.close()
for f in rotated:
    os.remove(os.path.join(directory, f))
os.remove(base)
