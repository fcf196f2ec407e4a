# Tests StopAsyncIteration: raised by __anext__ at the end and on every later call; raising it inside the body becomes RuntimeError.
async def one():
    yield 1

async def leaks():
    yield 1
    raise StopAsyncIteration("leak")

async def main():
    g = one()
    print(await g.__anext__())
    for _ in range(2):
        try:
            await g.__anext__()
        except StopAsyncIteration as e:
            print("StopAsyncIteration", e.args)
    g = leaks()
    print(await g.__anext__())
    try:
        await g.__anext__()
    except RuntimeError as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__))
    print(issubclass(StopAsyncIteration, Exception), StopAsyncIteration.__mro__[1].__name__)

try:
    main().send(None)
except StopIteration:
    print("done")
