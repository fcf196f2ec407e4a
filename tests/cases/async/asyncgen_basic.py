# Tests a basic async generator: type name, __aiter__ returns self, consumption with async for, code between yields runs lazily.
async def countdown(n):
    print("start", n)
    while n > 0:
        yield n
        print("resumed after", n)
        n -= 1
    print("exhausted")

async def main():
    g = countdown(3)
    print(type(g).__name__, repr(g).split(" at ")[0])
    print("__aiter__ is self:", g.__aiter__() is g)
    async for v in g:
        print("got", v)
    async for v in g:
        print("never: already exhausted")
    print("second loop ran zero times")
    return [v async for v in countdown(2)]

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
