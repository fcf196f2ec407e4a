# threading.Thread: target/args/kwargs, default and custom names, ident, is_alive, subclassing run().
import threading

results = []


def work(a, b, *, c):
    results.append((a, b, c, threading.current_thread().name))


t = threading.Thread(target=work, args=(1, 2), kwargs={"c": 3})
print(t.name.startswith("Thread-"), t.name.endswith(" (work)"))
print(repr(t).endswith(" (work), initial)>"), t.ident, t.native_id, t.is_alive(), t.daemon)
t.start()
t.join()
print(results == [(1, 2, 3, t.name)])
print(type(t.ident) is int, type(t.native_id) is int, t.is_alive())
print(repr(t) == f"<Thread({t.name}, stopped {t.ident})>")
t.join()  # joining again is fine

named = threading.Thread(target=work, args=(4, 5), kwargs={"c": 6}, name="worker")
print(named.name, repr(named))
named.name = 42
print(repr(named.name))
named.start()
named.join()
print(results[-1])

plain = threading.Thread()
print(plain.name.startswith("Thread-"), "(" not in plain.name)
plain.start()
plain.join()

# A callable without __name__ gives the plain name.
class Callable:
    def __call__(self):
        pass


print("(" not in threading.Thread(target=Callable()).name)


class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"counter-{n}")
        self.n = n
        self.total = 0

    def run(self):
        for i in range(self.n):
            self.total += i


c = Counter(10)
c.start()
c.join()
print(c.name, c.total, repr(c).startswith("<Counter(counter-10, stopped "))

# The target and its arguments are dropped once run() ends.
print(hasattr(t, "_target"), hasattr(t, "_args"))
