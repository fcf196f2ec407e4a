# Tests async list comprehensions: async for with conditions, several for clauses, and the evaluation order of elements.
class ARange:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        print("  produce", self.i - 1)
        return self.i - 1

async def main():
    print([x * x async for x in ARange(4)])
    print([x async for x in ARange(6) if x % 2 == 0 if x != 2])
    print([(a, b) async for a in ARange(2) for b in "xy"])
    print([(a, b) for a in "pq" async for b in ARange(2)])
    print([x async for x in ARange(0)])
    return "ok"

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
