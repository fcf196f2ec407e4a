# Tests closures and nonlocal in coroutines: state captured and mutated across suspensions, default args fixed at definition.
import types

@types.coroutine
def pause():
    yield

def make_counter():
    count = 0
    async def incr(step=1):
        nonlocal count
        before = count
        await pause()
        count = before + step
        return count
    return incr

incr = make_counter()

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(run(incr()), run(incr(5)), run(incr()))
a = incr(10)
b = incr(100)
a.send(None)
b.send(None)
print("interleaved:", run(a), run(b))

coros = []
for i in range(3):
    async def bound(i=i):
        return i
    async def late():
        return i
    coros.append((bound(), late()))
print([(run(x), run(y)) for x, y in coros])
