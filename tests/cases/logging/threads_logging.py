# Several threads log at once: every record arrives whole, with its thread's name.
import collections
import io
import logging
import threading

stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("%(threadName)s|%(message)s"))
log = logging.getLogger("threads")
log.propagate = False
log.addHandler(h)
log.setLevel(logging.INFO)


def work(n):
    child = logging.getLogger("threads.worker%d" % n)
    for i in range(100):
        child.info("record %d of worker %d", i, n)


threads = [threading.Thread(target=work, args=(n,), name="worker-%d" % n) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
lines = stream.getvalue().splitlines()
print(len(lines))
counts = collections.Counter(line.split("|")[0] for line in lines)
print(sorted(counts.items()))
print(all(line.split("|")[1].endswith("of worker " + line.split("|")[0][-1]) for line in lines))
print(sorted(name for name in logging.root.manager.loggerDict if name.startswith("threads")))
