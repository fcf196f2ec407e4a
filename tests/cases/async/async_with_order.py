# Tests async with: __aenter__ then body then __aexit__(None, None, None), the as-target gets the awaited __aenter__ result.
import types

@types.coroutine
def pause(tag):
    yield tag

class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("aenter", self.name)
        await pause("in aenter")
        return f"handle-{self.name}"
    async def __aexit__(self, exc_type, exc, tb):
        print("aexit", self.name, exc_type, exc, tb)
        await pause("in aexit")
        return None

async def main():
    async with Resource("db") as h:
        print("body with", h)
        await pause("in body")
    print("after block")
    async with Resource("anon"):
        print("body without target")
    return "done"

c = main()
try:
    while True:
        print("driver:", c.send(None))
except StopIteration as e:
    print("result", e.value)
