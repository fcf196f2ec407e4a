# Tests asyncio.current_task: the running task inside coroutines, None inside plain callbacks, and RuntimeError with no loop.
import asyncio

try:
    asyncio.current_task()
except RuntimeError as e:
    print("no loop:", e)

async def child():
    return asyncio.current_task()

async def main():
    me = asyncio.current_task()
    print("main task name:", me.get_name())
    t = asyncio.create_task(child(), name="kid")
    print("child sees itself:", (await t) is t)
    print("back in main:", asyncio.current_task() is me)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(lambda: fut.set_result(asyncio.current_task()))
    print("inside a callback:", await fut)
    print("explicit loop:", asyncio.current_task(loop) is me)

asyncio.run(main())
loop = asyncio.new_event_loop()
print("loop not running:", asyncio.current_task(loop))
loop.close()
