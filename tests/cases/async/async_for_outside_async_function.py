# Tests that async for inside a plain def makes the whole file fail to compile.
print("never printed")

def consume(items):
    total = 0
    async for item in items:
        total += item
    return total
