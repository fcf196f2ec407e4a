# Tests add_done_callback(context=...): the callback runs in the given Context, otherwise in a copy of the current one.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="default")
loop = asyncio.new_event_loop()
f = loop.create_future()
ctx = contextvars.Context()
ctx.run(var.set, "in ctx")
f.add_done_callback(lambda _: print("explicit context sees:", var.get()), context=ctx)
var.set("current at add time")
f.add_done_callback(lambda _: print("default context sees:", var.get()))
var.set("changed later")
def mutate(_):
    var.set("mutated in callback")
f.add_done_callback(mutate, context=ctx)
f.set_result(None)
loop.call_soon(loop.stop)
loop.run_forever()
print("ctx after callbacks:", ctx[var])
print("outer:", var.get())
loop.close()
