# Tests the asyncio.BrokenBarrierError hierarchy (a RuntimeError) and its message.
import asyncio

print("MRO:", [c.__name__ for c in asyncio.BrokenBarrierError.__mro__])
e = asyncio.BrokenBarrierError("Barrier aborted")
print(repr(e), str(e))
try:
    raise asyncio.BrokenBarrierError
except RuntimeError as err:
    print("caught as RuntimeError:", type(err).__name__, err.args)
print("not threading's:", asyncio.BrokenBarrierError.__module__)
