# Tests __await__ returning a non-iterator or a coroutine: TypeError messages.
class ReturnsInt:
    def __await__(self):
        return 7

class ReturnsList:
    def __await__(self):
        return [1, 2]

async def inner():
    return 1

class ReturnsCoroutine:
    def __init__(self):
        self.coro = inner()
    def __await__(self):
        return self.coro

class NotCallable:
    __await__ = None

async def await_it(obj):
    return await obj

for obj in [ReturnsInt(), ReturnsList(), ReturnsCoroutine(), NotCallable()]:
    c = await_it(obj)
    try:
        c.send(None)
    except TypeError as e:
        print(type(obj).__name__, "->", e)
    if isinstance(obj, ReturnsCoroutine):
        obj.coro.close()
