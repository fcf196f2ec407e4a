# Tests loop.shutdown_asyncgens(): suspended async generators are closed (their finally blocks run) and later ones are not tracked.
import asyncio

async def ticker(name):
    try:
        for i in range(10):
            yield i
    finally:
        print("finally of", name)

async def main():
    a = ticker("a")
    b = ticker("b")
    print("a:", await a.__anext__(), await a.__anext__())
    print("b:", await b.__anext__())
    global keep
    keep = (a, b)

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print("shutting down")
loop.run_until_complete(loop.shutdown_asyncgens())
print("shut down")
loop.run_until_complete(loop.shutdown_asyncgens())
print("second shutdown is a no-op")
loop.close()
