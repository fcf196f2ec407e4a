# ThreadPoolExecutor: submit, map, worker names and reuse, initializer, shutdown, errors.
import io
import os
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor, BrokenExecutor, TimeoutError
from concurrent.futures.thread import BrokenThreadPool


def square(x):
    return x * x


def name_of_thread(_=None):
    return threading.current_thread().name


with ThreadPoolExecutor(max_workers=2) as ex:
    fut = ex.submit(pow, 2, exp=10)
    print(fut.result(), fut.done())
    print(list(ex.map(square, range(6))))
    print(list(ex.map(pow, [2, 3], [5, 2, 99])))
    bad = ex.submit(int, "x")
    print(type(bad.exception()).__name__, bad.exception())

# Worker threads are named prefix_N; an idle worker is reused rather than a new one started.
with ThreadPoolExecutor(max_workers=4, thread_name_prefix="pool") as ex:
    names = [ex.submit(name_of_thread).result() for _ in range(5)]
    print(names, len(ex._threads))
with ThreadPoolExecutor() as ex:
    print(ex._max_workers == min(32, os.cpu_count() + 4))
    print(ex.submit(name_of_thread).result().startswith("ThreadPoolExecutor-"))

# The initializer runs once in each worker thread.
seen = []
with ThreadPoolExecutor(max_workers=1, initializer=seen.append, initargs=("init",)) as ex:
    ex.submit(square, 1).result()
    ex.submit(square, 2).result()
print(seen)

# map() raises the first failing call's exception when its turn comes.
with ThreadPoolExecutor(max_workers=2) as ex:
    results = ex.map(lambda x: 10 // x, [5, 2, 0, 1])
    print(next(results), next(results))
    try:
        next(results)
    except ZeroDivisionError as e:
        print("map raised:", e)

# map(timeout=...) raises TimeoutError when results are late.
release = threading.Event()
with ThreadPoolExecutor(max_workers=1) as ex:
    try:
        next(ex.map(lambda x: release.wait(), [1], timeout=0.02))
    except TimeoutError as e:
        print("map timed out:", type(e).__name__)
    release.set()

# shutdown(cancel_futures=True) cancels what has not started.
gate = threading.Event()
started = threading.Event()


def blocker():
    started.set()
    gate.wait()
    return "ran"


ex = ThreadPoolExecutor(max_workers=1)
first = ex.submit(blocker)
rest = [ex.submit(square, i) for i in range(3)]
started.wait()
ex.shutdown(wait=False, cancel_futures=True)
gate.set()
ex.shutdown()
print(first.result(), [f.cancelled() for f in rest])
try:
    ex.submit(square, 2)
except RuntimeError as e:
    print("RuntimeError:", e)
ex.shutdown()  # again: harmless

for kwargs in ({"max_workers": 0}, {"max_workers": -1}, {"initializer": 5}):
    try:
        ThreadPoolExecutor(**kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# An initializer that fails breaks the pool.
def bad_init():
    raise OSError("no resource")


captured = io.StringIO()
sys.stderr = captured
ex = ThreadPoolExecutor(max_workers=1, initializer=bad_init)
f = ex.submit(square, 3)
try:
    f.result()
except BrokenThreadPool as e:
    print("BrokenThreadPool:", e, isinstance(e, BrokenExecutor))
while True:
    try:
        ex.submit(square, 4)
    except BrokenThreadPool as e:
        print("submit:", e)
        break
    time.sleep(0.01)
ex.shutdown()
sys.stderr = sys.__stderr__
lines = captured.getvalue().splitlines()
print(lines[0], "|", lines[-1])
