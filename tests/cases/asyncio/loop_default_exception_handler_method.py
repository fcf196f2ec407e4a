# Tests calling loop.default_exception_handler directly from a custom handler, which then writes to stderr like the default.
import asyncio

def handler(loop, context):
    print("custom handler saw:", context["message"])
    loop.default_exception_handler(context)
    print("delegated")

loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)
fut = loop.create_future()
fut.cancel()
loop.call_exception_handler({"message": "delegating", "future": fut})
loop.close()
