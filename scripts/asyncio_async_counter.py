# From seed document 002 (asyncio up to Python 3.14), section "async for": the AsyncCounter
# asynchronous iterator class (__aiter__/__anext__, StopAsyncIteration). Sleep 1 s -> 0.01 s.
import asyncio


class AsyncCounter:
    def __init__(self, stop):
        self.current = 0
        self.stop = stop

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current < self.stop:
            await asyncio.sleep(0.01)
            r = self.current
            self.current += 1
            return r
        else:
            raise StopAsyncIteration    # ✅ StopIteration이 아닌 StopAsyncIteration


async def main():
    async for i in AsyncCounter(3):
        print(i, end=' ')
    print()
    # The same protocol driven by hand with aiter()/anext().
    it = aiter(AsyncCounter(2))
    print(await anext(it), await anext(it), await anext(it, "end"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")


asyncio.run(main())
