# Tests that yield inside an async comprehension makes the whole file fail to compile.
async def source():
    yield 1

async def bad():
    return [(yield x) async for x in source()]

print("never printed")
