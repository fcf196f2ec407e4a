# Tests async generator attributes: __name__, __qualname__, ag_code.co_name, ag_frame, ag_await, ag_suspended.
import types

@types.coroutine
def pause():
    yield "p"

class Holder:
    async def stream(self):
        await pause()
        yield 1

g = Holder().stream()
print(g.__name__, g.__qualname__, g.ag_code.co_name)
print("initial: frame", g.ag_frame is not None, "await", g.ag_await, "suspended", g.ag_suspended, "running", g.ag_running)
n = g.__anext__()
n.send(None)
print("in await: await", type(g.ag_await).__name__, "suspended", g.ag_suspended, "running", g.ag_running)
try:
    n.send(None)
except StopIteration as e:
    print("yielded", e.value)
print("at yield: await", g.ag_await, "suspended", g.ag_suspended, "running", g.ag_running)
try:
    g.aclose().send(None)
except StopIteration:
    pass
print("closed: frame", g.ag_frame)
print(types.AsyncGeneratorType is type(g), types.AsyncGeneratorType.__name__)
