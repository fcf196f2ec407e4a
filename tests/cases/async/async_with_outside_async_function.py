# Tests that async with at module level makes the whole file fail to compile.
class Lock:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        pass

print("never printed")
async with Lock():
    pass
