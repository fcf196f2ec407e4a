# Tests the aiter() and anext() builtins: anext with and without a default, StopAsyncIteration at the end, type errors.
async def two():
    yield "one"
    yield "two"

class Manual:
    def __init__(self):
        self.left = 1
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.left == 0:
            raise StopAsyncIteration
        self.left -= 1
        return "manual"

async def main():
    g = two()
    it = aiter(g)
    print(it is g)
    print(await anext(it))
    print(await anext(it, "default"))
    print(await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
    m = aiter(Manual())
    print(await anext(m, None), await anext(m, None))
    for bad in [5, [1]]:
        try:
            aiter(bad)
        except TypeError as e:
            print("aiter:", e)
        try:
            anext(bad)
        except TypeError as e:
            print("anext:", e)
    return "done"

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
