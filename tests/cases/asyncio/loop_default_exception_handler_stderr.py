# Tests the layout the default exception handler writes to stderr: message, sorted 'key: repr' lines, then the traceback.
import asyncio

loop = asyncio.new_event_loop()

def make_error():
    raise KeyError("missing")

try:
    make_error()
except KeyError as e:
    caught = e

fut = loop.create_future()
fut.set_result(3)
print("message only")
loop.call_exception_handler({"message": "Something odd happened"})
print("message, future and an extra key")
loop.call_exception_handler({"message": "With extras", "future": fut, "zeta": [1, 2], "alpha": "a"})
print("message and exception with traceback")
loop.call_exception_handler({"message": "Broken", "exception": caught})
print("exception without traceback")
loop.call_exception_handler({"message": "No traceback", "exception": RuntimeError("fresh")})
print("no message key")
loop.call_exception_handler({"exception": ValueError("v")})
loop.close()
