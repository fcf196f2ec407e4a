# Tests async for assignment targets: tuple unpacking, starred targets, attributes and subscripts.
class AIter:
    def __init__(self, items):
        self.items = list(items)
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)

class Box:
    pass

async def main():
    async for k, v in AIter([("a", 1), ("b", 2)]):
        print(k, v)
    async for first, *rest in AIter([[1, 2, 3], [4]]):
        print(first, rest)
    box = Box()
    async for box.value in AIter(["x", "y"]):
        print("attr", box.value)
    d = {}
    async for d["slot"] in AIter([10, 20]):
        print("item", d)
    try:
        async for a, b in AIter([(1,)]):
            pass
    except ValueError as e:
        print(type(e).__name__, e)

try:
    main().send(None)
except StopIteration:
    print("done")
