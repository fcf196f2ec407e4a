# Tests async generator aclose(): GeneratorExit at the yield, finally runs (and may await), closing again, yielding during close.
import types

@types.coroutine
def pause(tag):
    yield tag

async def resource():
    try:
        yield "a"
        yield "b"
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("finally before await")
        await pause("cleanup")
        print("finally after await")

async def stubborn():
    try:
        yield 1
    finally:
        yield 2

async def main():
    g = resource()
    print(await g.__anext__())
    print("aclose result", await g.aclose())
    print("aclose again", await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")
    g = resource()
    await g.aclose()
    print("aclose on unstarted runs nothing")
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print(type(e).__name__, e)

c = main()
try:
    while True:
        print("driver", c.send(None))
except StopIteration:
    print("done")
