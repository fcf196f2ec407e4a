# Tests contextlib: contextmanager with exceptions, suppress, closing, nullcontext and ExitStack LIFO cleanup.
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print(f"handled {e} inside {name}")
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print("body", t)
with tag("b"):
    raise ValueError("oops")
print("continued")
with suppress(KeyError, IndexError):
    {}["x"]
    print("not printed")
print("suppressed")
class Resource:
    def close(self):
        print("Resource.close called")
with closing(Resource()) as r:
    print("using", type(r).__name__)
with nullcontext(42) as value:
    print("nullcontext gave", value)
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    names = [stack.enter_context(tag(f"s{i}")) for i in range(2)]
    print("entered", names)
@contextmanager
def failing_setup():
    raise RuntimeError("setup failed")
    yield
try:
    with failing_setup():
        print("never")
except RuntimeError as e:
    print(type(e).__name__, e)
