# Tests async with on objects lacking __aenter__/__aexit__ (including a sync-only context manager): TypeError messages.
class Nothing:
    pass

class OnlyAexit:
    async def __aexit__(self, *a):
        pass

class OnlyAenter:
    async def __aenter__(self):
        return self

class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

async def use(obj):
    async with obj:
        print("body not reached")

for obj in [Nothing(), OnlyAexit(), OnlyAenter(), SyncOnly(), 42]:
    c = use(obj)
    try:
        c.send(None)
    except TypeError as e:
        print(type(obj).__name__, "->", e)
