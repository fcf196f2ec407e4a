# Tests coroutine.close(): GeneratorExit at the suspension point, finally blocks, closing unstarted/finished coroutines, ignoring GeneratorExit.
import types

@types.coroutine
def pause():
    yield "paused"

async def worker():
    try:
        await pause()
        print("not reached")
    except GeneratorExit:
        print("worker got GeneratorExit")
        raise
    finally:
        print("worker finally")

c = worker()
c.send(None)
print("close returns", c.close())
try:
    c.send(None)
except RuntimeError as e:
    print("send after close:", e)
c.close()
print("second close is silent")

c = worker()
c.close()
print("closing an unstarted coroutine runs nothing")

async def quick():
    return 1
c = quick()
try:
    c.send(None)
except StopIteration:
    pass
c.close()
print("closing a finished coroutine is fine")

async def stubborn():
    try:
        await pause()
    except GeneratorExit:
        await pause()

c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)

async def swallow():
    try:
        await pause()
    except GeneratorExit:
        return "swallowed"

c = swallow()
c.send(None)
print("close of coroutine returning in handler:", c.close())
