# Tests asyncio.create_eager_task_factory with a custom Task subclass and eager error handling.
import asyncio

class LoggingTask(asyncio.Task):
    pass

async def immediate():
    return "immediate"

async def raises_now():
    raise ValueError("raised eagerly")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.create_eager_task_factory(LoggingTask))
    t = asyncio.create_task(immediate())
    print(type(t).__name__, t.done(), t.result())
    bad = asyncio.create_task(raises_now())
    print("failed eagerly:", bad.done(), repr(bad.exception()))
    print("not registered once done:", t not in asyncio.all_tasks())
    print("main is in all_tasks:", asyncio.current_task() in asyncio.all_tasks())

asyncio.run(main())
