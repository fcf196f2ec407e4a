# threading.Event: set, clear, is_set, wait with and without timeout, waking waiting threads.
import re
import threading
import time

e = threading.Event()
print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(e)))
print(e.is_set(), e.wait(0), e.wait(timeout=0.02))
e.set()
print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(e)))
print(e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set())

results = []


def waiter(i):
    results.append((i, e.wait(5)))


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
time.sleep(0.02)
print("before set:", results)
e.set()
for t in threads:
    t.join()
print("after set:", sorted(results))

# A wait that times out in another thread.
e.clear()
timed = []
t = threading.Thread(target=lambda: timed.append(e.wait(0.03)))
t.start()
t.join()
print("timed out:", timed)
