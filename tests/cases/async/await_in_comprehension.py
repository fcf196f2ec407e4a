# Tests await inside ordinary comprehensions in an async function: element, condition and iterable positions; order of events.
import types

@types.coroutine
def pause(tag):
    yield tag

async def fetch(x):
    await pause(f"fetch {x}")
    return x * 10

async def keep(x):
    return x != 2

async def source():
    await pause("source")
    return [1, 2, 3]

async def main():
    a = [await fetch(x) for x in range(3)]
    print("list", a)
    b = [x for x in range(4) if await keep(x)]
    print("filtered", b)
    c = [x for x in await source()]
    print("iterable", c)
    d = {x: await fetch(x) for x in (1,)}
    print("dict", d)
    return "ok"

co = main()
try:
    while True:
        print("driver", co.send(None))
except StopIteration as e:
    print(e.value)
