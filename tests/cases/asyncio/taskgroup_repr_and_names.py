# Tests TaskGroup repr in its states (no addresses) and passing name=/context= through create_task.
import asyncio
import contextvars

v = contextvars.ContextVar("v", default="unset")

async def show():
    return v.get()

async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg:
        print(repr(tg))
        ctx = contextvars.copy_context()
        ctx.run(v.set, "ctx value")
        t = tg.create_task(show(), name="named", context=ctx)
        print(repr(tg))
    print(repr(tg))
    print(t.get_name(), t.result())

asyncio.run(main())
