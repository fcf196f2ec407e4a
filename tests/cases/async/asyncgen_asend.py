# Tests async generator asend(): values sent in become the yield expression's result; the first asend must be None.
async def echo():
    received = None
    while True:
        received = yield f"echo:{received}"
        print("generator received", received)
        if received == "stop":
            return

async def main():
    g = echo()
    print(await g.asend(None))
    print(await g.asend(1))
    print(await g.asend("two"))
    try:
        await g.asend("stop")
    except StopAsyncIteration:
        print("StopAsyncIteration after return")
    g2 = echo()
    try:
        await g2.asend("early")
    except TypeError as e:
        print(type(e).__name__, e)
    print(await g2.asend(None))
    await g2.aclose()

try:
    main().send(None)
except StopIteration:
    print("done")
