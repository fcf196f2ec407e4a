# Tests Future state queries (done/cancelled/result/exception) in the pending, finished, failed and cancelled states.
import asyncio

loop = asyncio.new_event_loop()

def describe(label, f):
    print(label, "done:", f.done(), "cancelled:", f.cancelled())

f = loop.create_future()
describe("pending", f)
f.set_result({"k": 1})
describe("result", f)
print("  result():", f.result(), "exception():", f.exception())

g = loop.create_future()
g.set_exception(ValueError("bad"))
describe("exception", g)
print("  exception():", repr(g.exception()))
try:
    g.result()
except ValueError as e:
    print("  result() raises:", repr(e))

h = loop.create_future()
print("cancel():", h.cancel())
describe("cancelled", h)
for name in ["result", "exception"]:
    try:
        getattr(h, name)()
    except asyncio.CancelledError as e:
        print(" ", name + "() raises CancelledError, args:", e.args)
print("cancel() again:", h.cancel(), "cancel() finished:", f.cancel())
direct = asyncio.Future(loop=loop)
print("constructed directly:", direct.get_loop() is loop, direct.done())
direct.cancel()
loop.close()
