# Tests asyncio.wait_for returning normally: the result, timeout=None, an already finished future, and timeout<=0.
import asyncio

async def quick(v):
    await asyncio.sleep(0)
    return v

async def main():
    print(await asyncio.wait_for(quick("within timeout"), timeout=1))
    print(await asyncio.wait_for(quick("no timeout"), None))
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("done future")
    print(await asyncio.wait_for(fut, 0))
    try:
        await asyncio.wait_for(quick("zero timeout"), 0)
    except TimeoutError:
        print("timeout=0 on an unfinished coroutine -> TimeoutError")
    try:
        await asyncio.wait_for(quick("negative"), -1)
    except TimeoutError:
        print("negative timeout -> TimeoutError")

    async def raises():
        await asyncio.sleep(0)
        raise ArithmeticError("inner error")
    try:
        await asyncio.wait_for(raises(), 1)
    except ArithmeticError as e:
        print("inner exception propagates:", e)

asyncio.run(main())
