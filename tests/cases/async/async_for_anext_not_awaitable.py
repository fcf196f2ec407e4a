# Tests async for where __anext__ returns a non-awaitable, or __anext__ is missing on the object __aiter__ returns.
class SyncAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 1

class NoAnext:
    def __aiter__(self):
        return self

class AwaitableAnext:
    def __init__(self):
        self.done = False
    def __aiter__(self):
        return self
    def __anext__(self):
        return Step(self)

class Step:
    def __init__(self, owner):
        self.owner = owner
    def __await__(self):
        if self.owner.done:
            raise StopAsyncIteration
        self.owner.done = True
        return "from awaitable"
        yield

async def loop(obj):
    async for x in obj:
        print("item", x)
    return "finished"

for obj in [SyncAnext(), NoAnext(), AwaitableAnext()]:
    c = loop(obj)
    try:
        c.send(None)
    except TypeError as e:
        print(type(obj).__name__, "->", e)
    except StopIteration as e:
        print(type(obj).__name__, "->", e.value)
