# Tests asyncio.eager_task_factory: tasks run synchronously inside create_task until their first real suspension.
import asyncio

async def no_await(n):
    print("eager body of", n)
    return n * 10

async def suspends(n):
    print("suspends: before await", n)
    await asyncio.sleep(0)
    print("suspends: after await", n)
    return n

async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    print("creating t1")
    t1 = asyncio.create_task(no_await(1))
    print("t1 done right after create_task:", t1.done(), t1.result())
    print("creating t2")
    t2 = asyncio.create_task(suspends(2))
    print("t2 done:", t2.done())
    print("t2 ->", await t2)
    async def who():
        return asyncio.current_task()
    t3 = asyncio.create_task(who())
    print("current task inside the eager body is the new task:", t3.done(), t3.result() is t3)
    loop.set_task_factory(None)
    t4 = asyncio.create_task(no_await(4))
    print("normal task done right after create:", t4.done())
    await t4

asyncio.run(main())
