# Tests inspect.iscoroutine/iscoroutinefunction/isawaitable and asyncio.iscoroutine on many kinds of objects.
import asyncio
import inspect
import types

async def native():
    pass

def plain():
    pass

def gen():
    yield

@types.coroutine
def gen_coro():
    yield

async def agen():
    yield

class Awaitable:
    def __await__(self):
        return iter([])

class WithAsyncMethod:
    async def method(self):
        pass

c = native()
g = gen()
gc = gen_coro()
ag = agen()
objects = [("native fn", native), ("plain fn", plain), ("coroutine", c), ("generator", g),
           ("gen-based coro", gc), ("async gen", ag), ("Awaitable()", Awaitable()),
           ("async method", WithAsyncMethod().method), ("int", 3)]
for name, obj in objects:
    print(f"{name:15}", "iscoroutine", inspect.iscoroutine(obj),
          "iscoroutinefunction", inspect.iscoroutinefunction(obj),
          "isawaitable", inspect.isawaitable(obj),
          "asyncio.iscoroutine", asyncio.iscoroutine(obj))
print("isasyncgenfunction", inspect.isasyncgenfunction(agen), inspect.isasyncgenfunction(native))
print("isasyncgen", inspect.isasyncgen(ag), inspect.isasyncgen(c))
print("isgeneratorfunction on gen_coro", inspect.isgeneratorfunction(gen_coro))
c.close()
gc.close()
