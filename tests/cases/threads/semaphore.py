# Semaphore and BoundedSemaphore: counting, timeouts, release(n), errors, limiting concurrency.
import re
import threading
import time


def show(obj):
    return re.sub(r"0x[0-9a-f]+", "ADDR", repr(obj))


s = threading.Semaphore(2)
print(show(s))
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.02))
print(show(s))
s.release(2)
print(show(s))
with s:
    print("in with:", show(s))
print(show(s))

for make in (lambda: threading.Semaphore(-1), lambda: s.acquire(False, 1), lambda: s.release(0)):
    try:
        make()
    except ValueError as e:
        print("ValueError:", e)

b = threading.BoundedSemaphore(1)
print(show(b))
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
print(show(b), isinstance(b, threading.Semaphore))

# At most two workers inside at once.
limit = threading.Semaphore(2)
lock = threading.Lock()
inside = 0
most = 0


def worker():
    global inside, most
    with limit:
        with lock:
            inside += 1
            most = max(most, inside)
        time.sleep(0.02)
        with lock:
            inside -= 1


threads = [threading.Thread(target=worker) for _ in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("most inside at once:", most)

# release() wakes a thread blocked in acquire().
z = threading.Semaphore(0)
got = []
t = threading.Thread(target=lambda: got.append(z.acquire(timeout=5)))
t.start()
time.sleep(0.02)
z.release()
t.join()
print("woken:", got)
