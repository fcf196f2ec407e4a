# Tests asyncio.create_task: the task starts only when the creator yields, tasks start in creation order, and errors for non-coroutines.
import asyncio

async def child(name):
    print("child", name, "starts")
    await asyncio.sleep(0)
    print("child", name, "resumes")
    return name.upper()

async def main():
    t1 = asyncio.create_task(child("a"))
    t2 = asyncio.create_task(child("b"))
    print("created; done?", t1.done(), t2.done())
    print("main still running synchronously")
    print(await t1, await t2)
    for bad in [1, None]:
        try:
            asyncio.create_task(bad)
        except TypeError as e:
            print("TypeError:", e)

asyncio.run(main())
c = child("x")
try:
    asyncio.create_task(c)
except RuntimeError as e:
    print("outside a loop:", e)
finally:
    c.close()
