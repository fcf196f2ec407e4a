# Tests asyncio.TaskGroup happy path: tasks start when the body yields, the block waits for all, results via task.result().
import asyncio

async def job(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("end", name)
    return name * 2

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 0.02))
        b = tg.create_task(job("b", 0.01), name="task-b")
        print("body done, tasks started?", a.done(), b.done())
    print("after block:", a.result(), b.result(), b.get_name())
    # tasks may be added by other tasks while the group is active
    async with asyncio.TaskGroup() as tg:
        async def spawner():
            await asyncio.sleep(0)
            tg.create_task(job("late", 0.01))
        tg.create_task(spawner())
    print("group waited for the late task too")
    async with asyncio.TaskGroup():
        pass
    print("empty group ok")

asyncio.run(main())
