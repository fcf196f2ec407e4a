# Tests asyncio.LimitOverrunError (message and consumed) and SendfileNotAvailableError (a RuntimeError subclass).
import asyncio

e = asyncio.LimitOverrunError("Separator is not found, and chunk exceed the limit", 42)
print("bases:", [c.__name__ for c in type(e).__mro__[:3]])
print("str:", str(e))
print("consumed:", e.consumed)
print("args:", e.args)
print("reduce:", e.__reduce__())
s = asyncio.SendfileNotAvailableError("sendfile is not available")
print("sendfile bases:", [c.__name__ for c in type(s).__mro__[:3]])
print("str:", s)
try:
    raise asyncio.SendfileNotAvailableError("nope")
except RuntimeError as err:
    print("caught as RuntimeError:", err)
