# From seed document 002 (asyncio up to Python 3.14), section "제네레이터 방식으로 비동기
# 이터레이터 만들기": the async_counter asynchronous generator. Sleep 1 s -> 0.01 s.
import asyncio


async def async_counter(stop):
    n = 0
    while n < stop:
        yield n
        n += 1
        await asyncio.sleep(0.01)


async def main():
    async for i in async_counter(3):
        print(i, end=' ')
    print()
    gen = async_counter(2)
    print(type(gen).__name__, await gen.__anext__(), await gen.__anext__())
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("finished without raising StopAsyncIteration by hand")


asyncio.run(main())
