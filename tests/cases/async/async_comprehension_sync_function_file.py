# Tests that an async list comprehension in a plain def makes the whole file fail to compile.
async def source():
    yield 1

def collect():
    return [x async for x in source()]

print("never printed")
