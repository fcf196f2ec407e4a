# Tests asyncio.all_tasks: includes the current and pending tasks, excludes finished ones; RuntimeError without a running loop.
import asyncio

async def wait(delay):
    await asyncio.sleep(delay)

async def main():
    me = asyncio.current_task()
    print("only main:", asyncio.all_tasks() == {me})
    a = asyncio.create_task(wait(0), name="a")
    b = asyncio.create_task(wait(0.05), name="b")
    print("names:", sorted(t.get_name() for t in asyncio.all_tasks()))
    await a
    print("after a finished:", sorted(t.get_name() for t in asyncio.all_tasks()))
    b.cancel()
    await asyncio.sleep(0)
    print("after b cancelled:", sorted(t.get_name() for t in asyncio.all_tasks()))
    print("type:", type(asyncio.all_tasks()).__name__)

asyncio.run(main())
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("outside:", e)
loop = asyncio.new_event_loop()
print("explicit idle loop:", asyncio.all_tasks(loop))
loop.close()
