# Tests driving a coroutine by hand with send(None): StopIteration carries the return value, including falsy and tuple values.
async def give(v):
    return v

for v in [1, 0, None, (1, 2), [], "s"]:
    c = give(v)
    try:
        c.send(None)
    except StopIteration as e:
        print(repr(v), "->", repr(e.value), e.args)

async def raises_stop():
    return StopIteration("inner")

c = raises_stop()
try:
    c.send(None)
except StopIteration as e:
    print("value is an exception object:", type(e.value).__name__, e.value)
