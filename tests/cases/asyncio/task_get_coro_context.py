# Tests Task.get_coro() (the wrapped coroutine, also after completion) and Task.get_context().
import asyncio
import contextvars

var = contextvars.ContextVar("var")

async def work():
    var.set("set in task")
    return "ok"

async def main():
    c = work()
    t = asyncio.create_task(c)
    print("get_coro is the coroutine:", t.get_coro() is c)
    print("coroutine name:", t.get_coro().__name__, t.get_coro().__qualname__)
    ctx = t.get_context()
    print("context type:", type(ctx).__name__)
    await t
    print("after completion, still the same coroutine:", t.get_coro() is c)
    print("task's context got the value:", ctx.get(var))
    print("main's context untouched:", var.get("missing"))
    mine = contextvars.copy_context()
    t2 = asyncio.create_task(work(), context=mine)
    print("explicit context returned:", t2.get_context() is mine)
    await t2
    print("explicit context modified:", mine[var])

asyncio.run(main())
