# Tests asyncio.ensure_future with a coroutine (wrapped in a Task), a Future (returned as is), an awaitable object and bad types.
import asyncio

async def coro():
    return "coro result"

class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "awaitable result"

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(coro())
    print("coroutine ->", type(t).__name__, await t)
    fut = loop.create_future()
    print("future returned unchanged:", asyncio.ensure_future(fut) is fut)
    fut.set_result(1)
    task = asyncio.create_task(coro())
    print("task returned unchanged:", asyncio.ensure_future(task) is task)
    await task
    w = asyncio.ensure_future(Awaitable())
    print("awaitable ->", type(w).__name__, await w)
    for bad in [1, "text", [1]]:
        try:
            asyncio.ensure_future(bad)
        except TypeError as e:
            print("TypeError:", e)

asyncio.run(main())
loop = asyncio.new_event_loop()
t = asyncio.ensure_future(coro(), loop=loop)
print("explicit loop:", t.get_loop() is loop, loop.run_until_complete(t))
other = asyncio.new_event_loop()
fut = other.create_future()
try:
    asyncio.ensure_future(fut, loop=loop)
except ValueError as e:
    print("ValueError:", e)
fut.cancel()
other.close()
loop.close()
