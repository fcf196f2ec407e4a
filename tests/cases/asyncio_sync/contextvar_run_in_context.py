# Tests running a coroutine's steps in a Context by hand: each send() under ctx.run.
import contextvars

var = contextvars.ContextVar("var", default="outer")


class Suspend:
    def __await__(self):
        yield "suspended"


async def coro():
    var.set("set by coroutine")
    await Suspend()
    return var.get()


ctx = contextvars.copy_context()
c = coro()
print(ctx.run(c.send, None))
print("outside sees", var.get(), "; ctx holds", ctx[var])
try:
    ctx.run(c.send, None)
except StopIteration as stop:
    print("returned", stop.value)
