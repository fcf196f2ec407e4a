# Tests nested async comprehensions: async comprehensions inside the element and the iterable of other comprehensions.
async def agen(n):
    for i in range(n):
        yield i

async def main():
    print([[y async for y in agen(x)] async for x in agen(4)])
    print([[y * 10 for y in range(x)] async for x in agen(3)])
    print({x: [y async for y in agen(x)] for x in range(3)})
    print([x async for x in agen(len([y async for y in agen(3)]))])
    print(sum([v async for v in agen(5)]))
    flat = [y async for x in agen(3) async for y in agen(x)]
    print(flat)
    return "ok"

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
