# threading.local: each thread sees its own attributes; a subclass's __init__ runs per thread.
import threading

data = threading.local()
data.x = "main"
seen = []


def body(n):
    seen.append(("has x", hasattr(data, "x")))
    data.x = n
    seen.append(("x", data.x))


for i in range(2):
    t = threading.Thread(target=body, args=(i,))
    t.start()
    t.join()
print(seen, data.x)
try:
    threading.Thread(target=lambda: data.missing).run()
except AttributeError as e:
    print("AttributeError:", str(e).endswith("object has no attribute 'missing'"))


class Counter(threading.local):
    def __init__(self, start):
        self.value = start

    def bump(self):
        self.value += 1
        return self.value


c = Counter(10)
c.bump()
out = []


def use():
    out.append(c.value)
    out.append(c.bump())


t = threading.Thread(target=use)
t.start()
t.join()
print(out, c.value, type(c).__mro__[1] is threading.local)
print(data.__dict__, isinstance(data, threading.local))
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
