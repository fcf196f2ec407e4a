# From seed document 004 (an introduction to asyncio), section "await": a coroutine awaiting
# another coroutine and using its result; the printed lines are the ones the document shows.
import asyncio


async def add(a, b):
    print(f"add: {a} + {b}")
    await asyncio.sleep(0.01)
    return a + b


async def print_add(a, b):
    result = await add(a, b)
    print(f"print_add: {a} + {b} = {result}")


loop = asyncio.new_event_loop()
loop.run_until_complete(print_add(1, 2))
loop.close()
