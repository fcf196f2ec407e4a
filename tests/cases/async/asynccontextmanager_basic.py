# Tests contextlib.asynccontextmanager: code before yield runs on enter, the yielded value is bound, code after runs on exit.
import contextlib
import types

@types.coroutine
def pause(tag):
    yield tag

@contextlib.asynccontextmanager
async def opened(name):
    print("setup", name)
    await pause("setup-pause")
    try:
        yield f"<{name}>"
    finally:
        print("teardown", name)
        await pause("teardown-pause")

async def main():
    async with opened("file.txt") as f:
        print("using", f)
    async with opened("a") as a, opened("b") as b:
        print("using both", a, b)
    cm = opened("x")
    print(type(cm).__name__)
    async with cm as x:
        print("using", x)
    return "ok"

c = main()
try:
    while True:
        print("driver", c.send(None))
except StopIteration as e:
    print(e.value)
