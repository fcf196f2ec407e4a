# Tests Future.get_loop() and Task.get_loop(), and that a Future created outside a loop uses the event loop set for the thread.
import asyncio

loop = asyncio.new_event_loop()
f = loop.create_future()
print("create_future:", f.get_loop() is loop)
f2 = asyncio.Future(loop=loop)
print("Future(loop=...):", f2.get_loop() is loop)

async def main():
    t = asyncio.current_task()
    return t.get_loop() is asyncio.get_running_loop(), asyncio.Future().get_loop() is asyncio.get_running_loop()

print("inside run:", loop.run_until_complete(main()))
asyncio.set_event_loop(loop)
print("Future() outside uses the set loop:", asyncio.Future().get_loop() is loop)
asyncio.set_event_loop(None)
loop.close()
