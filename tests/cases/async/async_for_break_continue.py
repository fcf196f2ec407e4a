# Tests break and continue inside async for, including nested async for loops and a return from inside the loop.
class ARange:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1

async def main():
    out = []
    async for i in ARange(10):
        if i % 2:
            continue
        if i > 6:
            break
        out.append(i)
    print("evens", out)
    pairs = []
    async for a in ARange(4):
        async for b in ARange(4):
            if b > a:
                break
            if a == b:
                continue
            pairs.append((a, b))
    print("pairs", pairs)
    async for i in ARange(100):
        if i == 7:
            return f"returned at {i}"

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
