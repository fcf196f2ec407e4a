# Tests breaking out of async for over an async generator: finally does not run until aclose() is awaited.
async def items():
    try:
        for i in range(5):
            print("yielding", i)
            yield i
    finally:
        print("items finally")

async def main():
    g = items()
    async for i in g:
        if i == 1:
            break
    print("after break, generator suspended:", g.ag_frame is not None)
    await g.aclose()
    print("after aclose, frame:", g.ag_frame)
    async for i in items():
        pass
    print("exhausted loop ran finally before this line")

try:
    main().send(None)
except StopIteration:
    print("done")
