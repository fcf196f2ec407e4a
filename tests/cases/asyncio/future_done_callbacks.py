# Tests add_done_callback: callbacks run via call_soon in registration order, after already-queued callbacks, never synchronously.
import asyncio

loop = asyncio.new_event_loop()
f = loop.create_future()
f.add_done_callback(lambda fut: print("cb1 sees result", fut.result()))
f.add_done_callback(lambda fut: print("cb2, same future:", fut is f))
loop.call_soon(print, "call_soon queued before set_result")
f.set_result("R")
print("set_result returned; callbacks not run yet")
loop.call_soon(print, "call_soon queued after set_result")
f.add_done_callback(lambda fut: print("cb3 added after done, scheduled now"))
loop.call_soon(loop.stop)
loop.run_forever()

# a callback may add another callback; it is scheduled for the next iteration
g = loop.create_future()
def chain(fut):
    print("chain runs, adds inner")
    fut.add_done_callback(lambda _: print("inner callback"))
g.add_done_callback(chain)
g.cancel()
loop.call_soon(lambda: loop.call_soon(loop.stop))
loop.run_forever()
loop.close()
