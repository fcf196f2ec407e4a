# Outside debug mode call_soon and call_soon_threadsafe do not check the callback: a bad one is
# scheduled, and the loop's exception handler reports it when it runs (debug mode refuses it at once).
import asyncio


def handler(loop, context):
    print("handler:", context["message"], type(context["exception"]).__name__, context["exception"])


loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)
loop.call_soon(42)
loop.call_soon_threadsafe("not callable")
loop.call_soon(loop.stop)
loop.run_forever()
loop.set_debug(True)
for method in (loop.call_soon, loop.call_soon_threadsafe):
    try:
        method(42)
    except TypeError as e:
        print("TypeError:", e)
loop.close()
