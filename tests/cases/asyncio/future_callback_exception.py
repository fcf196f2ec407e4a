# Tests that an exception raised in a done callback is reported by the loop's exception handler and other callbacks still run.
import asyncio

def handler(loop, context):
    print("handler:", context["message"].split(" at ")[0])
    print("  exception:", repr(context["exception"]))

def bad(fut):
    raise RuntimeError("callback failed")

loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)
f = loop.create_future()
f.add_done_callback(bad)
f.add_done_callback(lambda fut: print("second callback still runs, result", fut.result()))
f.set_result(5)
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
