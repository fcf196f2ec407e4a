# expected: hand-written
# Tests asyncio.iscoroutinefunction: True for async def functions and methods, False otherwise, plus its 3.14 deprecation.
# Source: https://docs.python.org/3.14/whatsnew/3.14.html (Deprecated): "asyncio.iscoroutinefunction() is deprecated
# and will be removed in Python 3.16; use inspect.iscoroutinefunction() instead."
# The 3.14 Lib/asyncio/coroutines.py calls warnings._deprecated("asyncio.iscoroutinefunction",
#   f"{warnings._DEPRECATED_MSG}; use inspect.iscoroutinefunction() instead", remove=(3, 16)),
# where _DEPRECATED_MSG is "{name!r} is deprecated and slated for removal in Python {remove}".
import asyncio
import functools
import warnings

async def coro_fn():
    pass

def plain():
    pass

class C:
    async def method(self):
        pass

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("async def:", asyncio.iscoroutinefunction(coro_fn))
    print("plain def:", asyncio.iscoroutinefunction(plain))
    print("async method:", asyncio.iscoroutinefunction(C().method))
    print("partial of async def:", asyncio.iscoroutinefunction(functools.partial(coro_fn)))
    print("lambda:", asyncio.iscoroutinefunction(lambda: None))
    print("method-wrapper __call__:", asyncio.iscoroutinefunction(coro_fn.__call__))
print("warnings:", len(caught))
for w in caught[:1]:
    print(w.category.__name__, w.message)
print("all DeprecationWarning:", all(w.category is DeprecationWarning for w in caught))
