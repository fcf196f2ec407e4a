# Thread.join(timeout) returns when the timeout passes; is_alive() tells whether it did.
import threading
import time

release = threading.Event()
t = threading.Thread(target=release.wait, name="blocked")
t.start()
begin = time.monotonic()
t.join(0.1)
elapsed = time.monotonic() - begin
print("alive after join(0.1):", t.is_alive(), 0.09 <= elapsed < 0.5)
t.join(timeout=0)
t.join(-5)   # a negative timeout acts as 0
print("still alive:", t.is_alive(), "started" in repr(t))
release.set()
t.join(5)
print("alive after release:", t.is_alive(), "stopped" in repr(t))
