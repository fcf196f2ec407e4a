# Tests loop.create_task with name= and context=: the task name, and that the coroutine runs inside the given Context.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="default")

async def show(tag):
    print(tag, "sees", var.get())
    var.set(tag + "-changed")
    return var.get()

async def main():
    loop = asyncio.get_running_loop()
    t1 = loop.create_task(show("plain"), name="first")
    ctx = contextvars.copy_context()
    ctx.run(var.set, "from ctx")
    t2 = loop.create_task(show("ctx"), name="second", context=ctx)
    print(t1.get_name(), t2.get_name())
    print("context is kept:", t2.get_context() is ctx)
    print(await t1, await t2)
    print("ctx after task:", ctx[var])
    print("main still sees:", var.get())
    t3 = loop.create_task(show("numbered"), name=42)
    print("non-str name:", repr(t3.get_name()))
    await t3

asyncio.run(main())
