# Tests that asyncio.run re-raises the coroutine's exception (including BaseException subclasses) and still closes the loop.
import asyncio

loops = []

async def fail(exc):
    loops.append(asyncio.get_running_loop())
    await asyncio.sleep(0)
    raise exc

for exc in [ValueError("bad"), KeyError("k"), SystemExit(3)]:
    try:
        asyncio.run(fail(exc))
    except BaseException as e:
        print("caught", type(e).__name__, e, "same object:", e is exc)

class Custom(Exception):
    pass

async def chained():
    try:
        raise Custom("inner")
    except Custom as e:
        raise RuntimeError("outer") from e

try:
    asyncio.run(chained())
except RuntimeError as e:
    print("chained:", e, "cause:", repr(e.__cause__))
print("all loops closed:", all(l.is_closed() for l in loops))
