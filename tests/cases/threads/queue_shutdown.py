# Queue.shutdown() (3.13): put() raises ShutDown; get() drains, then raises; immediate=True
# drops the items and releases join(); blocked callers are woken.
import queue
import threading

q = queue.Queue()
q.put(1)
q.put(2)
q.shutdown()
print(q.is_shutdown)
try:
    q.put(3)
except queue.ShutDown as e:
    print("put:", type(e).__name__, repr(str(e)))
print(q.get(), q.get_nowait())
try:
    q.get()
except queue.ShutDown:
    print("get after draining: ShutDown")
try:
    q.get(block=False)
except queue.ShutDown:
    print("get_nowait after draining: ShutDown")

q = queue.Queue()
for i in range(3):
    q.put(i)
q.get()
print("unfinished:", q.unfinished_tasks)
q.shutdown(immediate=True)
print("after immediate:", q.qsize(), q.unfinished_tasks)
try:
    q.get()
except queue.ShutDown:
    print("get after immediate: ShutDown")
q.task_done()
q.join()
print("join returned")

# A getter blocked on an empty queue, and a putter blocked on a full one, are woken.
empty = queue.Queue()
full = queue.Queue(1)
full.put("x")
outcome = []
ready = threading.Barrier(3)


def getter():
    ready.wait()
    try:
        empty.get()
    except queue.ShutDown:
        outcome.append("getter: ShutDown")


def putter():
    ready.wait()
    try:
        full.put("y")
    except queue.ShutDown:
        outcome.append("putter: ShutDown")


threads = [threading.Thread(target=getter), threading.Thread(target=putter)]
for t in threads:
    t.start()
ready.wait()
while not (empty.not_empty._waiters and full.not_full._waiters):
    threading.Event().wait(0.001)
empty.shutdown()
full.shutdown()
for t in threads:
    t.join()
print(sorted(outcome))
print(full.get(), full.qsize())
