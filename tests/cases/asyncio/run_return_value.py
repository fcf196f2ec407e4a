# Tests asyncio.run: returns the coroutine's result, uses a fresh loop each time, closes it, and leaves no running loop behind.
import asyncio

loops = []

async def main(x):
    loop = asyncio.get_running_loop()
    loops.append(loop)
    print("running:", loop.is_running())
    await asyncio.sleep(0)
    return {"answer": x}

print(asyncio.run(main(42)))
print(asyncio.run(main(7)))
print("fresh loop each run:", loops[0] is not loops[1])
print("closed afterwards:", [l.is_closed() for l in loops])
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("after run:", e)

async def nothing():
    pass

print("None result:", asyncio.run(nothing()))
