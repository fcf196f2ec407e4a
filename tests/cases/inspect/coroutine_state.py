# getcoroutinestate and getcoroutinelocals while a coroutine is driven by hand with send(None).
import inspect


class Suspend:
    def __await__(self):
        value = yield "suspended"
        return value


async def worker(x):
    y = x * 2
    print("inside:", inspect.getcoroutinestate(current))
    got = await Suspend()
    return y + got


current = worker(5)
print(inspect.getcoroutinestate(current), inspect.getcoroutinelocals(current))
print(current.send(None))
print(inspect.getcoroutinestate(current), inspect.getcoroutinelocals(current))
try:
    current.send(100)
except StopIteration as stop:
    print("result", stop.value)
print(inspect.getcoroutinestate(current), inspect.getcoroutinelocals(current))
print(inspect.iscoroutine(current), inspect.isawaitable(current))
