# Tests an async generator that awaits between yields: awaited suspensions reach the driver, yields reach the async for.
import types

@types.coroutine
def pause(tag):
    reply = yield tag
    return reply

async def producer():
    for i in range(2):
        got = await pause(f"produce {i}")
        print("producer resumed with", got)
        yield i * 100

async def consumer():
    async for v in producer():
        print("consumer got", v)
    return "consumed"

c = consumer()
step = 0
try:
    msg = c.send(None)
    while True:
        print("driver", msg)
        step += 1
        msg = c.send(f"reply{step}")
except StopIteration as e:
    print(e.value)
