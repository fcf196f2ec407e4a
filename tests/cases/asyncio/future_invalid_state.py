# Tests InvalidStateError from Futures: result()/exception() while pending, set_result/set_exception twice, setting a cancelled future.
import asyncio

loop = asyncio.new_event_loop()
f = loop.create_future()
for name in ["result", "exception"]:
    try:
        getattr(f, name)()
    except asyncio.InvalidStateError as e:
        print(name, "on pending:", type(e).__name__, e)
f.set_result(1)
try:
    f.set_result(2)
except asyncio.InvalidStateError as e:
    print("set_result twice:", e)
try:
    f.set_exception(ValueError())
except asyncio.InvalidStateError as e:
    print("set_exception after result:", e)
print("result kept:", f.result())
c = loop.create_future()
c.cancel()
try:
    c.set_result(3)
except asyncio.InvalidStateError as e:
    print("set_result on cancelled:", e)
print("InvalidStateError is an Exception:", issubclass(asyncio.InvalidStateError, Exception))
loop.close()
