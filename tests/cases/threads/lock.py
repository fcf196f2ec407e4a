# threading.Lock: acquire/release, non-blocking and timed acquire, context manager, errors.
import re
import threading
import time

lock = threading.Lock()
print(type(lock), threading.Lock, type(lock) is threading.Lock)
print(lock.locked(), lock.acquire(), lock.locked())
print("non-blocking while held:", lock.acquire(False), lock.acquire(blocking=False))
begin = time.monotonic()
print("timed while held:", lock.acquire(timeout=0.05), time.monotonic() - begin >= 0.04)
print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(lock)))
lock.release()
print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(lock)))
try:
    lock.release()
except RuntimeError as e:
    print("release unlocked:", e)
with lock as got:
    print("in with:", got, lock.locked())
print("after with:", lock.locked())

# Any thread may release a plain lock.
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print("released by another thread:", lock.locked())

# A thread blocked in acquire() gets the lock when it is released.
order = []
lock.acquire()


def waiter():
    with lock:
        order.append("waiter got it")


w = threading.Thread(target=waiter)
w.start()
time.sleep(0.02)
order.append("main releases")
lock.release()
w.join()
print(order)

for args, kwargs in [((False, 1), {}), ((), {"timeout": -2}), ((), {"timeout": "x"})]:
    try:
        lock.acquire(*args, **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for timeout in (threading.TIMEOUT_MAX * 2, -1e300, float("nan")):
    try:
        lock.acquire(timeout=timeout)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(lock.locked())
