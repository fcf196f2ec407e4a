# Tests that an exception raised by a call_soon callback goes to the exception handler and the loop keeps running the next callbacks.
import asyncio

def handler(loop, context):
    print("handler:", context["message"])
    print("  exception:", repr(context["exception"]))
    print("  handle type:", type(context["handle"]).__name__)

def good(n):
    print("good", n)

def bad(msg):
    raise ValueError(msg)

loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)
loop.call_soon(good, 1)
loop.call_soon(bad, "first failure")
loop.call_soon(good, 2)
loop.call_later(0.01, bad, "timer failure")
loop.call_later(0.02, good, 3)
loop.call_later(0.03, loop.stop)
loop.run_forever()
print("loop survived, closed:", loop.is_closed())
loop.close()
