# Tests async set and dict comprehensions, including duplicate keys and awaited values.
async def agen(items):
    for it in items:
        yield it

async def double(x):
    return x * 2

async def main():
    s = {x % 3 async for x in agen(range(10))}
    print(sorted(s), type(s).__name__)
    d = {k: v async for k, v in agen([("a", 1), ("b", 2), ("a", 3)])}
    print(d)
    d2 = {x: await double(x) async for x in agen([1, 2, 3])}
    print(d2)
    s2 = {await double(x) for x in [4, 4, 5]}
    print(sorted(s2))

try:
    main().send(None)
except StopIteration:
    print("done")
