# threading.Condition: wait/notify between threads, wait_for, timeouts and misuse errors.
import re
import threading

cond = threading.Condition()
items = []
log = []


def consumer(name):
    with cond:
        cond.wait_for(lambda: items)
        log.append((name, items.pop(0)))


threads = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(3)]
for t in threads:
    t.start()


def waiting():
    return len(cond._waiters)


# Wait until all three consumers are waiting, then hand out items one at a time.
with cond:
    while not cond.wait_for(lambda: waiting() == 3, timeout=0.01):
        pass
print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(cond)).startswith("<Condition(<unlocked _thread.RLock object"))
for n in range(3):
    with cond:
        items.append(n)
        cond.notify()
for t in threads:
    t.join()
print(sorted(item for _, item in log), len(log))

# notify_all wakes everyone.
flag = []
woken = []


def sleeper():
    with cond:
        cond.wait_for(lambda: flag)
        woken.append(1)


threads = [threading.Thread(target=sleeper) for _ in range(4)]
for t in threads:
    t.start()
with cond:
    while not cond.wait_for(lambda: waiting() == 4, timeout=0.01):
        pass
    flag.append(True)
    cond.notify_all()
for t in threads:
    t.join()
print("woken:", len(woken))

# Timeouts.
with cond:
    print("wait timed out:", cond.wait(0.02))
    print("wait(0):", cond.wait(0))
    print("wait_for timed out:", cond.wait_for(lambda: 0, timeout=0.02))
    print("wait_for true at once:", cond.wait_for(lambda: "yes", timeout=0))

# Using it without holding the lock.
for call in (cond.wait, cond.notify, cond.notify_all):
    try:
        call()
    except RuntimeError as e:
        print(type(e).__name__, e)

# A condition over a plain Lock, waited on and released.
plain = threading.Condition(threading.Lock())
with plain:
    print("plain lock wait:", plain.wait(0.01))
print(plain.acquire(), plain.acquire(False))
plain.release()
