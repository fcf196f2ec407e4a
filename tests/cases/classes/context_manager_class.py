# Tests __enter__/__exit__: return values, exception info passed to __exit__, suppression and nesting.
class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append(f"open {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        self.log.append(f"close {self.name} ({et.__name__ if et else 'ok'})")
        return isinstance(ev, KeyError)
log = []
with Resource("db", log) as r:
    log.append(f"using {r.name}")
with Resource("cache", log):
    raise KeyError("gone")
try:
    with Resource("file", log):
        raise ValueError("bad")
except ValueError as e:
    log.append(f"caught {e}")
def early():
    with Resource("fn", log):
        return "returned"
log.append(early())
for i in range(2):
    with Resource(f"loop{i}", log):
        if i == 0:
            continue
        break
print("\n".join(log))
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except TypeError as e:
    print(type(e).__name__)
