# Tests asyncio.Runner error paths: run/get_loop after close, run from a running loop, close twice, and exceptions from run().
import asyncio

runner = asyncio.Runner()
print(runner.run(asyncio.sleep(0, "lazily created loop")))
runner.close()
runner.close()
print("closed twice ok")
for name, call in [("run", lambda: runner.run(coro)), ("get_loop", runner.get_loop)]:
    coro = asyncio.sleep(0)
    try:
        call()
    except RuntimeError as e:
        print(name, "after close:", e)
    coro.close()

async def boom():
    raise LookupError("inside runner")

with asyncio.Runner() as r:
    try:
        r.run(boom())
    except LookupError as e:
        print("propagated:", e)
    async def nested():
        c = asyncio.sleep(0)
        try:
            r.run(c)
        except RuntimeError as e:
            print("nested run:", e)
        finally:
            c.close()
    r.run(nested())

with asyncio.Runner() as r:
    pass
try:
    with r:
        pass
except RuntimeError as e:
    print("re-enter closed runner:", e)
