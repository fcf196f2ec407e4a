# Tests asyncio.Task construction: non-coroutine arguments (TypeError), including a generator, and a direct construction.
import asyncio

def gen():
    yield

loop = asyncio.new_event_loop()
for bad in [1, "x", gen()]:
    try:
        asyncio.Task(bad, loop=loop)
    except TypeError as e:
        print("TypeError:", e if not isinstance(bad, type(gen())) else str(e).split(" object ")[0])

async def coro():
    return 1

t = asyncio.Task(coro(), loop=loop, name="direct")
print(t.get_name(), loop.run_until_complete(t))
loop.close()
