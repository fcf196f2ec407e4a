# Tests async with inside an async generator: the context is exited when the generator is closed early or finishes.
class Session:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("open", self.name)
        return self
    async def __aexit__(self, exc_type, exc, tb):
        print("close", self.name, "exc:", exc_type.__name__ if exc_type else None)

async def rows(name, n):
    async with Session(name):
        for i in range(n):
            yield f"{name}-{i}"

async def main():
    async for r in rows("full", 2):
        print("row", r)
    g = rows("early", 5)
    async for r in g:
        print("row", r)
        break
    print("before aclose")
    await g.aclose()
    print("after aclose")

try:
    main().send(None)
except StopIteration:
    print("done")
