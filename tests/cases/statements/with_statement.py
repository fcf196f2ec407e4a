# Tests with statements: multiple managers, as targets, exception suppression and exit order.
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return self.suppress
with Tracker("a") as a, Tracker("b") as b:
    print("inside", a, b)
with Tracker("outer", suppress=True):
    with Tracker("inner"):
        raise RuntimeError("oops")
    print("not reached")
print("after suppression")
with (Tracker("p") as p,
      Tracker("q") as q):
    print("parenthesized", p, q)
try:
    with Tracker("noswallow"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated", e)
with Tracker("t") as (first, *others):
    print(first, others)
