# Tests loop.run_until_complete with a coroutine, a task and a future: return values, exceptions and the loop state afterwards.
import asyncio

async def compute(x):
    await asyncio.sleep(0)
    return x * 2

async def fail():
    await asyncio.sleep(0)
    raise ValueError("bad input")

loop = asyncio.new_event_loop()
print("coroutine:", loop.run_until_complete(compute(21)))
task = loop.create_task(compute(5))
print("task:", loop.run_until_complete(task), task.done())
fut = loop.create_future()
loop.call_soon(fut.set_result, "from future")
print("future:", loop.run_until_complete(fut))
try:
    loop.run_until_complete(fail())
except ValueError as e:
    print("raised:", type(e).__name__, e)
print("running after:", loop.is_running(), "closed:", loop.is_closed())
# A finished future is returned at once.
done = loop.create_future()
done.set_result(7)
print("already done:", loop.run_until_complete(done))
loop.close()
print("closed:", loop.is_closed())
