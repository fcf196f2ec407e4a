# Tests call_soon/call_later context=: callbacks run inside the given Context; without it, in a copy of the current context.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="default")
loop = asyncio.new_event_loop()
ctx = contextvars.Context()
ctx.run(var.set, "from ctx")

def show(tag):
    print(tag, "sees", var.get())
    var.set(tag + " wrote this")

var.set("current")
loop.call_soon(show, "copied", context=None)
loop.call_soon(show, "explicit", context=ctx)
loop.call_later(0.01, show, "timer", context=ctx)
var.set("changed after scheduling")
loop.call_later(0.02, loop.stop)
loop.run_forever()
print("ctx now:", ctx[var])
print("outer:", var.get())
loop.close()
