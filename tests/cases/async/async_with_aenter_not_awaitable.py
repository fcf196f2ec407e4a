# Tests __aenter__/__aexit__ that are plain methods returning non-awaitables: TypeError messages from async with.
class BadEnter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        print("aexit not called")

class BadExit:
    async def __aenter__(self):
        print("entered")
        return self
    def __aexit__(self, *a):
        return "not awaitable"

async def use(obj):
    async with obj:
        print("in body")

for obj in [BadEnter(), BadExit()]:
    c = use(obj)
    try:
        c.send(None)
    except TypeError as e:
        print(type(obj).__name__, "->", e)
