# Tests asynccontextmanager misuse: a generator that never yields, one that yields twice, and one that does not stop after an exception.
import contextlib

@contextlib.asynccontextmanager
async def no_yield():
    print("no_yield body runs")
    if False:
        yield

@contextlib.asynccontextmanager
async def two_yields():
    yield 1
    print("second part")
    yield 2

@contextlib.asynccontextmanager
async def yields_after_error():
    try:
        yield 1
    except ValueError:
        yield 2

async def main():
    try:
        async with no_yield():
            print("not reached")
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        async with two_yields() as v:
            print("body", v)
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        async with yields_after_error():
            raise ValueError("inside")
    except RuntimeError as e:
        print(type(e).__name__, e)

try:
    main().send(None)
except StopIteration:
    print("done")
