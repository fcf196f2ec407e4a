# Tests the 'Task was destroyed but it is pending!' report when a pending task is released after its loop is closed.
import asyncio
import gc

loop = asyncio.new_event_loop()

def handler(loop, context):
    print("handler:", context["message"], "| task:", context["task"].get_name(),
          "| done:", context["task"].done())

loop.set_exception_handler(handler)

async def forever():
    await loop.create_future()

t = loop.create_task(forever(), name="orphan")
loop.run_until_complete(asyncio.sleep(0))
print("pending:", not t.done())
loop.close()
del t
gc.collect()
print("end")
