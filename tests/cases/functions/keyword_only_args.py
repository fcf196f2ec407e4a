# Tests keyword-only parameters after * and after *args, with and without defaults.
def connect(host, *, port=80, secure=False):
    return f"{'https' if secure else 'http'}://{host}:{port}"
print(connect("example.org"), connect("a.b", port=443, secure=True))
try:
    connect("a.b", 443)
except TypeError as e:
    print(type(e).__name__, e)
def required_kw(*, name, level):
    return name * level
print(required_kw(level=2, name="ab"))
try:
    required_kw(name="x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    required_kw()
except TypeError as e:
    print(type(e).__name__, e)
def log(*messages, sep=" | ", end="."):
    return sep.join(messages) + end
print(log("a", "b", "c"), log("x", end="!"))
