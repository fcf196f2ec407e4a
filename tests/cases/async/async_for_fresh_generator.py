# async for over an async generator the loop made itself: awaits inside the generator, break,
# errors on either side, comprehensions, nesting, and the first-iteration hook.
import asyncio
import sys


async def ticks(n, log):
    for i in range(n):
        if i % 2 == 0:
            await asyncio.sleep(0)
        log.append(i)
        yield i


async def other(log):
    for i in range(3):
        log.append(f"other {i}")
        await asyncio.sleep(0)


async def fails_at(n):
    for i in range(5):
        if i == n:
            raise KeyError(i)
        yield i


async def stops():
    yield 1
    raise StopAsyncIteration


async def relay(n):
    async for x in ticks(n, []):
        yield x * 10


async def main():
    log = []
    task = asyncio.create_task(other(log))
    async for x in ticks(5, log):
        log.append(f"body {x}")
    await task
    print(log)

    found = None
    async for x in ticks(100, []):
        if x == 7:
            found = x
            break
    else:
        print("else never runs")
    print("found", found)

    try:
        async for x in ticks(10, []):
            if x == 3:
                raise ValueError("body failed at 3")
    except ValueError as e:
        print("caught", e)

    try:
        async for x in fails_at(2):
            print("value", x)
    except KeyError as e:
        print("generator failed", repr(e))

    try:
        async for x in stops():
            pass
    except RuntimeError as e:
        print(type(e).__name__, e)

    print([x async for x in ticks(6, []) if x % 2], [y async for y in relay(4)])
    print({x: x * x async for x in ticks(3, [])}, sum([x async for x in (v async for v in ticks(4, []))]))

    async def finder():
        async for x in ticks(50, []):
            if x * x > 30:
                return x
    print("finder", await finder())
    print("else", await loop_with_else())


async def loop_with_else():
    async for x in ticks(2, []):
        pass
    else:
        return "ran"


seen = []


def firstiter(agen):
    seen.append(agen.__name__)


sys.set_asyncgen_hooks(firstiter=firstiter)
asyncio.run(main())
print(sorted(set(seen)))
