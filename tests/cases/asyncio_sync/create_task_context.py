# Tests asyncio.create_task(coro, context=ctx): the task runs in, and changes, the given context.
import asyncio
import contextvars

user = contextvars.ContextVar("user", default="anonymous")


async def job(new):
    old = user.get()
    user.set(new)
    return old


async def main():
    ctx = contextvars.copy_context()
    ctx.run(user.set, "alice")
    print(await asyncio.create_task(job("bob"), context=ctx))
    print("ctx now holds", ctx[user], "; main holds", user.get())
    print(await asyncio.create_task(job("carol"), context=ctx))
    print("ctx now holds", ctx[user])
    # Without context= the task gets a fresh copy each time.
    print(await asyncio.create_task(job("dave")), user.get())
    loop = asyncio.get_running_loop()
    task = loop.create_task(job("erin"), context=ctx)
    print(await task, ctx[user])
    # A TaskGroup passes context= through as well.
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(job("frank"), context=ctx)
    print(t.result(), ctx[user])


asyncio.run(main())
