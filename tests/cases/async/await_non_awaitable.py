# Tests awaiting objects that are not awaitable: TypeError naming the type.
async def await_it(obj):
    return await obj

class Plain:
    pass

def sync_function():
    return 1

for obj in [5, None, "text", [1, 2], Plain(), sync_function]:
    c = await_it(obj)
    try:
        c.send(None)
    except TypeError as e:
        print(type(obj).__name__, "->", e)
