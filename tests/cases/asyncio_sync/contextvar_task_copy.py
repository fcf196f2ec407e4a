# Tests that each asyncio task runs in a copy of the context current when it was created.
import asyncio
import contextvars

request = contextvars.ContextVar("request", default="none")


async def handler(name):
    seen = request.get()
    request.set(name)
    await asyncio.sleep(0)
    return f"{name}: saw {seen}, now {request.get()}"


async def main():
    request.set("main")
    t1 = asyncio.create_task(handler("t1"))
    request.set("main2")
    t2 = asyncio.create_task(handler("t2"))
    print(await t1)
    print(await t2)
    print("main still sees", request.get())
    # Awaiting a coroutine directly shares the caller's context.
    print(await handler("direct"))
    print("after direct await:", request.get())
    # gather wraps coroutines in tasks: their changes do not leak back.
    print(await asyncio.gather(handler("g1"), handler("g2")))
    print("after gather:", request.get())


asyncio.run(main())
print("outside asyncio.run:", request.get())
