# Tests async for ... else: the else block runs when the loop is exhausted (also when empty), not after break.
class ARange:
    def __init__(self, n):
        self.it = iter(range(n))
    def __aiter__(self):
        return self
    async def __anext__(self):
        try:
            return next(self.it)
        except StopIteration:
            raise StopAsyncIteration

async def find(n, target):
    async for i in ARange(n):
        if i == target:
            print("found", target)
            break
    else:
        print("not found", target, "in", n)
    return "searched"

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value

print(run(find(5, 3)))
print(run(find(5, 9)))
print(run(find(0, 0)))
