# threading.Barrier: parties meet, the action runs once per round, reuse, abort, reset, timeout.
import re
import time
import threading


def show(obj):
    return re.sub(r"0x[0-9a-f]+", "ADDR", repr(obj))


rounds = []
barrier = threading.Barrier(3, action=lambda: rounds.append("tripped"))
print(show(barrier), barrier.parties, barrier.n_waiting, barrier.broken)
indices = []
lock = threading.Lock()


def party():
    for _ in range(2):
        i = barrier.wait()
        with lock:
            indices.append(i)


threads = [threading.Thread(target=party) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(rounds, sorted(indices))

# A timeout breaks the barrier for everyone.
b = threading.Barrier(2, timeout=0.03)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("timed out:", type(e).__name__, repr(str(e)), b.broken, show(b))
try:
    b.wait()
except threading.BrokenBarrierError:
    print("still broken")
b.reset()
print("after reset:", b.broken, show(b))

# abort() wakes a waiting thread with BrokenBarrierError.
b = threading.Barrier(2)
errors = []


def waiter():
    try:
        b.wait()
    except threading.BrokenBarrierError:
        errors.append("broken")


t = threading.Thread(target=waiter)
t.start()
while b.n_waiting < 1:
    time.sleep(0.001)
print("waiting:", b.n_waiting, show(b))
b.abort()
t.join()
print(errors, b.broken)

# reset() while a thread waits: that thread gets BrokenBarrierError, the barrier is usable again.
b = threading.Barrier(2)
t = threading.Thread(target=waiter)
t.start()
while b.n_waiting < 1:
    time.sleep(0.001)
b.reset()
t.join()
print(errors, b.broken)
done = []
t = threading.Thread(target=lambda: done.append(b.wait()))
t.start()
done.append(b.wait())
t.join()
print(sorted(done))

# An action that raises breaks the barrier; the thread that ran it gets the exception.
def bad_action():
    raise ValueError("action failed")


b = threading.Barrier(1, action=bad_action)
try:
    b.wait()
except ValueError as e:
    print(e, b.broken)
try:
    threading.Barrier(0)
except ValueError as e:
    print("ValueError:", e)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
