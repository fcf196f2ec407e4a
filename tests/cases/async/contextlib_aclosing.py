# Tests contextlib.aclosing: the async generator is closed (its finally runs) when the block exits, even after break.
import contextlib

async def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("numbers finally")

class Closable:
    async def aclose(self):
        print("Closable.aclose called")

async def main():
    async with contextlib.aclosing(numbers()) as gen:
        async for n in gen:
            print("got", n)
            if n == 2:
                break
        print("still inside block")
    print("after block")
    async with contextlib.aclosing(Closable()) as c:
        print("using", type(c).__name__)
    return "done"

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
