# threading.Timer: calls a function after a delay unless cancelled first.
import threading
import time

fired = []
t = threading.Timer(0.03, lambda *a, **k: fired.append((a, k)), args=(1, 2), kwargs={"x": 3})
print(t.name.startswith("Thread-"), "(" not in t.name, t.interval, isinstance(t, threading.Thread))
begin = time.monotonic()
t.start()
t.join()
print(fired, time.monotonic() - begin >= 0.025, t.finished.is_set())

c = threading.Timer(5, fired.append, args=("never",))
c.start()
c.cancel()
c.join()
print(fired[-1] != "never", c.is_alive())

# No args/kwargs: an empty list and dict.
n = threading.Timer(0, lambda: fired.append("no args"))
print(n.args, n.kwargs)
n.start()
n.join()
print(fired[-1])
