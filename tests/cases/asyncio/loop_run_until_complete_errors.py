# Tests run_until_complete error paths: bad argument type, a closed loop, a loop already running, and a loop stopped early.
import asyncio

loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(42)
except TypeError as e:
    print("TypeError:", e)

async def nested():
    fut = loop.create_future()
    fut.set_result(1)
    try:
        loop.run_until_complete(fut)
    except RuntimeError as e:
        print("nested:", e)
    return "outer done"

print(loop.run_until_complete(nested()))

async def forever():
    await loop.create_future()

loop.call_soon(loop.stop)
try:
    loop.run_until_complete(forever())
except RuntimeError as e:
    print("stopped early:", e)
# the pending task is cancelled by the next run
for t in asyncio.all_tasks(loop):
    t.cancel()
    try:
        loop.run_until_complete(t)
    except asyncio.CancelledError:
        print("leftover task cancelled")
loop.close()
coro = asyncio.sleep(0, "x")
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("closed:", e)
coro.close()
