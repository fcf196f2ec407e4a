# Tests asyncio.TimeoutError (an alias of the builtin TimeoutError since 3.11) and the InvalidStateError hierarchy.
import asyncio

print("asyncio.TimeoutError is TimeoutError:", asyncio.TimeoutError is TimeoutError)
print("exceptions.TimeoutError is TimeoutError:", asyncio.exceptions.TimeoutError is TimeoutError)
print("TimeoutError is OSError subclass:", issubclass(TimeoutError, OSError))
try:
    raise asyncio.TimeoutError("late")
except TimeoutError as e:
    print("caught builtin:", type(e).__name__, e)
print("InvalidStateError MRO:", [c.__name__ for c in asyncio.InvalidStateError.__mro__])
print("module:", asyncio.InvalidStateError.__module__)
print("names exported:", all(hasattr(asyncio, n) for n in
      ["CancelledError", "InvalidStateError", "TimeoutError", "IncompleteReadError",
       "LimitOverrunError", "SendfileNotAvailableError", "BrokenBarrierError"]))
