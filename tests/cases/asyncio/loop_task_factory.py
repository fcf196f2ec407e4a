# Tests set_task_factory/get_task_factory: a custom factory sees every create_task, can add behaviour, and None restores the default.
import asyncio

created = []

def factory(loop, coro, **kwargs):
    created.append(type(coro).__name__)
    task = asyncio.Task(coro, loop=loop, **kwargs)
    task.add_done_callback(lambda t: print("factory task done:", t.get_name()))
    return task

async def job(n):
    await asyncio.sleep(0)
    return n * 10

async def main():
    loop = asyncio.get_running_loop()
    print("default factory:", loop.get_task_factory())
    loop.set_task_factory(factory)
    print("installed:", loop.get_task_factory() is factory)
    t = asyncio.create_task(job(1), name="one")
    u = loop.create_task(job(2), name="two")
    print(await t, await u)
    await asyncio.sleep(0)
    loop.set_task_factory(None)
    print("reset:", loop.get_task_factory())
    print(await asyncio.create_task(job(3), name="three"))
    print("factory saw:", created)
    try:
        loop.set_task_factory(42)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
