# Producers and consumers in threads, with task_done/join and blocking put/get.
import queue
import threading

q = queue.Queue(maxsize=3)
results = []
lock = threading.Lock()


def producer(base):
    for i in range(10):
        q.put(base + i)   # blocks while the queue is full


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with lock:
            results.append(item * 2)
        q.task_done()


consumers = [threading.Thread(target=consumer) for _ in range(3)]
producers = [threading.Thread(target=producer, args=(base,)) for base in (0, 100)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
q.join()
print(len(results), sum(results))
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
print(q.empty(), q.unfinished_tasks)

# A get() blocked in another thread is woken by put().
got = []
t = threading.Thread(target=lambda: got.append(q.get(timeout=5)))
t.start()
q.put("hello")
t.join()
print(got)

# A LifoQueue used as a stack between threads.
stack = queue.LifoQueue()
t = threading.Thread(target=lambda: [stack.put(i) for i in range(5)])
t.start()
t.join()
print([stack.get() for _ in range(5)])
