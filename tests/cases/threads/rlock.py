# threading.RLock: the owner may acquire it again; only the owner may release it.
import re
import threading

r = threading.RLock()
print(type(r).__name__, type(r).__module__)


def show(lock):
    text = re.sub(r"0x[0-9a-f]+", "ADDR", repr(lock))
    return re.sub(r"owner=\d+", lambda m: "owner=0" if m.group() == "owner=0" else "owner=ME", text)


print(show(r))
print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
print(show(r))
r.release()
print(r._recursion_count())
result = []


def other():
    result.append(r.acquire(False))
    result.append(r._is_owned())
    result.append(r._recursion_count())
    try:
        r.release()
    except RuntimeError as e:
        result.append(str(e))


t = threading.Thread(target=other)
t.start()
t.join()
print(result)
r.release()
print(show(r), r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("release unowned:", e)
with r:
    with r:
        print("nested with:", r._recursion_count())
print(r._recursion_count())

# Another thread can take it once the owner has released every level.
r.acquire()
r.acquire()
r.release()
got = []
t = threading.Thread(target=lambda: got.append(r.acquire(timeout=0.05)))
t.start()
t.join()
print("still held once:", got)
r.release()
t = threading.Thread(target=lambda: (got.append(r.acquire(timeout=0.05)), r.release()))
t.start()
t.join()
print("free:", got)
