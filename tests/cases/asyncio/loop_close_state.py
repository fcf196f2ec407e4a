# Tests loop.close(): is_closed before and after, idempotence, and every scheduling method raising on a closed loop.
import asyncio

loop = asyncio.new_event_loop()
print("closed before:", loop.is_closed(), "running:", loop.is_running())
loop.close()
print("closed after:", loop.is_closed())
loop.close()
print("second close ok")

def cb():
    print("never")

for name, call in [
    ("call_soon", lambda: loop.call_soon(cb)),
    ("call_later", lambda: loop.call_later(1, cb)),
    ("call_at", lambda: loop.call_at(loop.time() + 1, cb)),
]:
    try:
        call()
    except RuntimeError as e:
        print(name, "->", type(e).__name__, e)

async def coro():
    pass

c = coro()
try:
    loop.create_task(c)
except RuntimeError as e:
    print("create_task ->", e)
finally:
    c.close()
# create_future still works on a closed loop
fut = loop.create_future()
print("create_future:", type(fut).__name__, fut.done())
