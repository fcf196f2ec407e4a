# Tests gather with no arguments (an already finished future with []) and with the same coroutine or task passed twice.
import asyncio

count = 0

async def once():
    global count
    count += 1
    await asyncio.sleep(0)
    return count

async def main():
    g = asyncio.gather()
    print("empty done immediately:", g.done(), "result:", g.result())
    print("await empty:", await asyncio.gather())
    c = once()
    print("same coroutine twice:", await asyncio.gather(c, c), "ran", count, "time(s)")
    t = asyncio.create_task(once())
    print("same task twice:", await asyncio.gather(t, t, once()))

asyncio.run(main())
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
g = asyncio.gather()
print("empty gather outside a loop uses the set loop:", g.get_loop() is loop, g.result())
asyncio.set_event_loop(None)
loop.close()
