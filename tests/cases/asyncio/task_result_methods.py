# Tests Task.result()/exception() on a pending task (InvalidStateError) and Task.set_result/set_exception being unsupported.
import asyncio

async def main():
    t = asyncio.create_task(asyncio.sleep(0.01, "value"))
    for name in ["result", "exception"]:
        try:
            getattr(t, name)()
        except asyncio.InvalidStateError as e:
            print(name, "->", e)
    for name, arg in [("set_result", 1), ("set_exception", ValueError())]:
        try:
            getattr(t, name)(arg)
        except RuntimeError as e:
            print(name, "->", e)
    print(await t, t.result(), t.exception())

asyncio.run(main())
