# Tests get_running_loop and _get_running_loop outside and inside a running loop, and inside a plain callback.
import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("outside:", e)
print("_get_running_loop outside:", asyncio._get_running_loop())

loop = asyncio.new_event_loop()

def callback():
    print("in callback:", asyncio.get_running_loop() is loop)
    loop.stop()

loop.call_soon(callback)
loop.run_forever()

async def coro():
    return asyncio.get_running_loop() is loop

print("in coroutine:", loop.run_until_complete(coro()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("after running:", e)
loop.close()
