# Tests new_event_loop/set_event_loop/get_event_loop with a set loop: distinct loops, the current loop, and set_event_loop(None).
import asyncio

a = asyncio.new_event_loop()
b = asyncio.new_event_loop()
print("distinct:", a is not b, "not running:", a.is_running(), b.is_running())
asyncio.set_event_loop(a)
print("get_event_loop is a:", asyncio.get_event_loop() is a)
asyncio.set_event_loop(b)
print("get_event_loop is b:", asyncio.get_event_loop() is b)

async def which():
    return asyncio.get_event_loop()

print("inside a running loop it returns that loop:", a.run_until_complete(which()) is a)
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print("TypeError:", e)
asyncio.set_event_loop(None)
a.close()
b.close()
print("done")
