# Tests Runner.run(coro, context=...): the coroutine's task runs in that Context; by default each run gets the runner's context.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="default")

async def read_and_set(value):
    old = var.get()
    var.set(value)
    return old

with asyncio.Runner() as runner:
    print("first run sees:", runner.run(read_and_set("one")))
    print("second run sees:", runner.run(read_and_set("two")))
    ctx = contextvars.copy_context()
    print("explicit context sees:", runner.run(read_and_set("three"), context=ctx))
    print("ctx holds:", ctx[var])
    print("runner context unaffected:", runner.run(read_and_set("four")))
print("caller's context:", var.get())
