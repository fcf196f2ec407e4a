# Tests raising StopIteration inside a coroutine: converted to RuntimeError with the original as __cause__.
async def bad():
    raise StopIteration("leak")

async def bad_next():
    return next(iter([]))

for fn in [bad, bad_next]:
    c = fn()
    try:
        c.send(None)
    except RuntimeError as e:
        print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, repr(e.__cause__))
