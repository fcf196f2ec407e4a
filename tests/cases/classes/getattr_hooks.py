# Tests __getattr__ as a fallback for missing attributes and __getattribute__ interception.
class Proxy:
    def __init__(self, target):
        self._target = target
        self.local = "local value"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("secret"):
            raise AttributeError(f"no access to {name}")
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
print(p.local)
print(p.count(1))
p.sort()
print(p._target)
try:
    p.secret_key
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "secret_x"), getattr(p, "secret_y", "default"))
class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return object.__getattribute__(self, name)
lg = Logged()
print(lg.x)
try:
    lg.missing
except AttributeError as e:
    print(type(e).__name__, e)
