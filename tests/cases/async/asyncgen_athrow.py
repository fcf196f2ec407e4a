# Tests async generator athrow(): handled inside (yielding again), unhandled (propagates), on an unstarted and an exhausted generator.
async def tolerant():
    for i in range(3):
        try:
            yield i
        except ValueError as e:
            print("tolerant caught", e)
            yield f"recovered-{i}"

async def strict():
    try:
        yield 1
    finally:
        print("strict finally")

async def main():
    g = tolerant()
    print(await g.__anext__())
    print(await g.athrow(ValueError("first")))
    print(await g.__anext__())
    g2 = strict()
    await g2.__anext__()
    try:
        await g2.athrow(KeyError("k"))
    except KeyError as e:
        print("propagated", repr(e))
    g3 = strict()
    try:
        await g3.athrow(RuntimeError("unstarted"))
    except RuntimeError as e:
        print("unstarted:", e)
    try:
        await g3.__anext__()
    except StopAsyncIteration:
        print("unstarted generator is finished after athrow")
    await g.aclose()

try:
    main().send(None)
except StopIteration:
    print("done")
