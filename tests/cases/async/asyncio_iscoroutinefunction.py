# Tests asyncio.iscoroutinefunction on async functions, methods, plain functions and generator functions.
import asyncio
import warnings

async def native():
    pass

def plain():
    pass

def gen():
    yield

class K:
    async def m(self):
        pass

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    for name, obj in [("native", native), ("plain", plain), ("gen", gen), ("method", K().m), ("lambda", lambda: 0)]:
        print(name, asyncio.iscoroutinefunction(obj))
