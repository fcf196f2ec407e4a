# Tests async for over a class with __aiter__/__anext__: each __anext__ is awaited, StopAsyncIteration ends the loop.
import types

@types.coroutine
def pause(tag):
    yield tag

class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        print("__aiter__ called")
        return self
    async def __anext__(self):
        await pause(f"tick {self.i}")
        if self.i >= self.n:
            print("raising StopAsyncIteration")
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10

async def main():
    seen = []
    async for v in Ticker(3):
        print("body", v)
        seen.append(v)
    print("loop variable after loop:", v)
    return seen

c = main()
try:
    while True:
        print("driver", c.send(None))
except StopIteration as e:
    print("result", e.value)
