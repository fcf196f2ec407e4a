# Tests call_soon/call_later/call_at argument checks: keyword args are rejected always, callable checks happen in debug mode only.
import asyncio

loop = asyncio.new_event_loop()

async def coro_fn():
    pass

try:
    loop.call_soon(print, "x", sep="-")
except TypeError as e:
    print("TypeError, mentions sep:", "unexpected keyword argument 'sep'" in str(e))

# Without debug mode a non-callable is accepted (it would only fail when run).
h = loop.call_soon(1)
print("accepted without debug:", type(h).__name__)
h.cancel()

loop.set_debug(True)
for bad in [1, "text", None]:
    try:
        loop.call_soon(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    loop.call_soon(coro_fn)
except TypeError as e:
    print("TypeError:", e)
c = coro_fn()
try:
    loop.call_soon(c)
except TypeError as e:
    print("TypeError:", e)
c.close()
try:
    loop.call_later(1, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    loop.call_at(1, coro_fn)
except TypeError as e:
    print("TypeError:", e)
loop.set_debug(False)
loop.close()
