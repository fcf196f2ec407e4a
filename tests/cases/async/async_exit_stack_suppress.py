# Tests AsyncExitStack exception handling: push_async_exit callbacks see the exception, a true return suppresses it, later callbacks see None.
import contextlib

async def observer(exc_type, exc, tb):
    print("observer sees", exc_type.__name__ if exc_type else None)
    return False

async def suppressor(exc_type, exc, tb):
    print("suppressor sees", exc_type.__name__ if exc_type else None)
    return True

async def raiser(exc_type, exc, tb):
    print("raiser sees", exc_type.__name__ if exc_type else None)
    raise KeyError("from callback")

async def main():
    async with contextlib.AsyncExitStack() as stack:
        stack.push_async_exit(observer)
        stack.push_async_exit(suppressor)
        stack.push_async_exit(observer)
        raise ValueError("body failure")
    print("continued after suppression")
    try:
        async with contextlib.AsyncExitStack() as stack:
            stack.push_async_exit(observer)
            stack.push_async_exit(raiser)
            raise ValueError("original")
    except KeyError as e:
        print("got", type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__context__)

try:
    main().send(None)
except StopIteration:
    print("done")
