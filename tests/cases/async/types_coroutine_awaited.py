# Tests @types.coroutine generator-based coroutines awaited by native coroutines: yields pass through to the driver.
import types

@types.coroutine
def suspend(tag):
    print("suspend", tag)
    reply = yield tag
    print("resumed", tag, "with", reply)
    return reply * 2

@types.coroutine
def no_yield():
    return "immediate"
    yield

async def worker():
    x = await suspend("first")
    y = await suspend("second")
    z = await no_yield()
    return x, y, z

c = worker()
print("driver", c.send(None))
print("driver", c.send(1))
try:
    c.send(5)
except StopIteration as e:
    print("result", e.value)

print(type(suspend("t")).__name__)
print(suspend.__name__, types.coroutine(suspend) is suspend)
