# Tests the traceback of an exception raised inside __anext__ during async for, escaping a hand-driven coroutine.
class Feed:
    def __init__(self):
        self.lines = ["10", "20", "oops"]
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.lines:
            raise StopAsyncIteration
        return int(self.lines.pop(0))

async def total():
    s = 0
    async for n in Feed():
        print("adding", n)
        s += n
    return s

total().send(None)
