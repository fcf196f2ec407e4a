# Tests sending a non-None value to a just-started coroutine: TypeError, and the coroutine can still start afterwards.
async def simple():
    print("running")
    return "ok"

c = simple()
try:
    c.send(1)
except TypeError as e:
    print(type(e).__name__, e)
print("suspended?", c.cr_suspended, "frame alive?", c.cr_frame is not None)
try:
    c.send(None)
except StopIteration as e:
    print("then send(None) works:", e.value)
