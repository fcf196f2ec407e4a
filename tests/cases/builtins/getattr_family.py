# Tests getattr/setattr/hasattr/delattr with defaults, dynamic names and errors.
class Config:
    debug = False
    def __init__(self):
        self.level = 3
c = Config()
print(getattr(c, "level"), getattr(c, "debug"), getattr(c, "missing", "fallback"))
setattr(c, "level", 5)
setattr(c, "new-name with spaces", "odd")
print(c.level, getattr(c, "new-name with spaces"), hasattr(c, "level"), hasattr(c, "nope"))
for name in ["alpha", "beta"]:
    setattr(c, name, name.upper())
print(c.alpha, c.beta)
delattr(c, "alpha")
print(hasattr(c, "alpha"))
try:
    getattr(c, "alpha")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, "alpha")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(getattr([], "append").__name__, getattr(str, "upper")("x"), hasattr(5, "real"))
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
