# From seed document 002 (asyncio up to Python 3.14), section "비동기 표현식 (Async
# Comprehension)": list/dict/set/generator forms with async for, and await inside a list
# comprehension (run one after another). Sleeps 1 s -> 0.01 s.
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
        raise StopAsyncIteration


async def async_pairs():
    for k, v in [("a", 1), ("b", 2)]:
        yield k, v


async def async_one():
    return 1


async def main():
    a = [i async for i in AsyncCounter(3)]
    print(a)    # [0, 1, 2]
    print({k: v async for k, v in async_pairs()})
    print({i % 2 async for i in AsyncCounter(4)})
    gen = (i * 10 async for i in AsyncCounter(3))
    print(type(gen).__name__, [x async for x in gen])
    print([i async for i in AsyncCounter(5) if i % 2 == 0])

    coroutines = [async_one, async_one, async_one]
    a = [await co() for co in coroutines]
    print(a)    # [1, 1, 1]


asyncio.run(main())
