# Tests coroutine.__await__(): a coroutine_wrapper iterator that drives the coroutine with next/send.
import types

@types.coroutine
def pause(v):
    got = yield v
    return got

async def work():
    a = await pause("one")
    b = await pause("two")
    return a + b

c = work()
w = c.__await__()
print(type(w).__name__, iter(w) is w)
print(next(w))
print(w.send(10))
try:
    w.send(5)
except StopIteration as e:
    print("result", e.value)

c2 = work()
it = c2.__await__()
print("first step", next(it))
it.close()
print("closed wrapper, coroutine frame gone:", c2.cr_frame is None)
