# Tests __setattr__ and __delattr__ overrides for validation, logging and read-only objects.
class Strict:
    fields = ("x", "y")
    def __setattr__(self, name, value):
        if name not in self.fields:
            raise AttributeError(f"cannot set {name!r}")
        print(f"set {name}={value!r}")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print(f"del {name}")
        object.__delattr__(self, name)
s = Strict()
s.x = 1
s.y = [2]
try:
    s.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del s.x
print(vars(s))
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError("frozen")
f = Frozen(5)
print(f.v)
try:
    f.v = 6
except AttributeError as e:
    print(type(e).__name__, e)
setattr(Strict, "fields", ("x", "y", "z"))
s.z = "now ok"
print(s.z)
