# Tests set_exception_handler/get_exception_handler: a custom handler receives the context dict, and None restores the default.
import asyncio

def handler(loop, context):
    exc = context.get("exception")
    print("handler got:", context["message"], "|", type(exc).__name__ if exc else None,
          "| keys:", sorted(context))

loop = asyncio.new_event_loop()
print("default handler:", loop.get_exception_handler())
loop.set_exception_handler(handler)
print("installed:", loop.get_exception_handler() is handler)
loop.call_exception_handler({"message": "plain message"})
loop.call_exception_handler({"message": "with exception", "exception": ValueError("v"), "extra": 1})
try:
    loop.set_exception_handler("not callable")
except TypeError as e:
    print("TypeError:", e)
loop.set_exception_handler(None)
print("reset:", loop.get_exception_handler())
loop.close()
