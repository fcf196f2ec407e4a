# Tests default task names Task-N (a per-process counter starting at 1, also consumed by unnamed tasks) and set_name/get_name.
import asyncio

async def noop():
    pass

async def main():
    print("main:", asyncio.current_task().get_name())
    t = asyncio.create_task(noop())
    print("first child:", t.get_name())
    named = asyncio.create_task(noop(), name="custom")
    print("named:", named.get_name())
    t3 = asyncio.create_task(noop())
    print("next unnamed:", t3.get_name())
    t3.set_name("renamed")
    print("after set_name:", t3.get_name())
    t3.set_name(123)
    print("set_name converts to str:", repr(t3.get_name()))
    await asyncio.gather(t, named, t3)

asyncio.run(main())
# The counter is per process: asyncio.run also wrapped its two shutdown coroutines
# (shutdown_asyncgens, shutdown_default_executor) in tasks, which consumed Task-4 and Task-5.
asyncio.run(main())
