# Tests async generator expressions: laziness, type async_generator, consumption with async for, and await inside a genexp.
async def agen(n):
    for i in range(n):
        print("  agen yields", i)
        yield i

async def square(x):
    return x * x

async def main():
    ge = (x + 1 async for x in agen(3))
    print(type(ge).__name__, "created, nothing ran yet")
    async for v in ge:
        print("got", v)
    ge2 = (await square(x) for x in [1, 2, 3])
    print(type(ge2).__name__)
    print([v async for v in ge2])
    ge3 = (x async for x in agen(5) if x % 2)
    print(await anext(ge3), await anext(ge3))
    await ge3.aclose()
    return "ok"

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
