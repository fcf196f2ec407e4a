# queue.Queue, LifoQueue, PriorityQueue and SimpleQueue: order, sizes, Empty/Full, timeouts.
import queue
import time

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for item in (3, 1, 2):
        q.put(item)
    print(cls.__name__, q.qsize(), [q.get() for _ in range(3)], q.empty())

q = queue.Queue(maxsize=2)
print(q.maxsize, q.empty(), q.full())
q.put("a")
q.put_nowait("b")
print(q.qsize(), q.full())
try:
    q.put_nowait("c")
except queue.Full as e:
    print("put_nowait:", type(e).__name__, repr(str(e)))
begin = time.monotonic()
try:
    q.put("c", timeout=0.03)
except queue.Full:
    print("put timed out:", time.monotonic() - begin >= 0.025)
try:
    q.put("c", block=False, timeout=-1)   # the timeout is ignored when not blocking
except queue.Full:
    print("put non-blocking: Full")
print(q.get(), q.get_nowait())
try:
    q.get_nowait()
except queue.Empty as e:
    print("get_nowait:", type(e).__name__, repr(str(e)))
begin = time.monotonic()
try:
    q.get(timeout=0.03)
except queue.Empty:
    print("get timed out:", time.monotonic() - begin >= 0.025)
for call in (lambda: q.get(timeout=-1), lambda: queue.Queue(1).put(1, timeout=-0.5)):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
print(queue.Queue().put(1, timeout=-1))  # unbounded: never waits, so the timeout is not checked

# task_done / unfinished_tasks
q = queue.Queue()
q.put(1)
q.put(2)
print(q.unfinished_tasks)
q.get()
q.task_done()
q.get()
q.task_done()
q.join()
print(q.unfinished_tasks)
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)

# Priority entries compare as tuples.
p = queue.PriorityQueue()
for entry in [(2, "b"), (1, "z"), (1, "a"), (3, "c")]:
    p.put(entry)
print([p.get() for _ in range(4)])

s = queue.SimpleQueue()
s.put(1)
s.put_nowait(2)
print(s.qsize(), s.empty(), s.get(), s.get_nowait(), s.empty())
try:
    s.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue.get timed out")
try:
    s.get(block=False)
except queue.Empty:
    print("SimpleQueue.get non-blocking: Empty")
try:
    s.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

print(queue.Empty, queue.Full, queue.ShutDown, queue.SimpleQueue)
print(issubclass(queue.Empty, Exception), issubclass(queue.ShutDown, Exception))
print(queue.Queue[int], queue.SimpleQueue[str])
print(sorted(queue.__all__))
