# Tests decorating async functions: functools.wraps keeps metadata, sync wrappers are not coroutine functions unless marked.
import functools
import inspect

def logged(fn):
    @functools.wraps(fn)
    async def wrapper(*args):
        print("calling", fn.__name__, args)
        result = await fn(*args)
        print("result", result)
        return result
    return wrapper

def sync_wrapper(fn):
    def wrapper(*args):
        return fn(*args)
    return wrapper

@logged
async def add(a, b):
    """Add two numbers."""
    return a + b

@sync_wrapper
async def wrapped(x):
    return x

print(add.__name__, add.__doc__, inspect.iscoroutinefunction(add), add.__wrapped__.__name__)
print("sync wrapper is coroutine function:", inspect.iscoroutinefunction(wrapped))
print("marked:", inspect.iscoroutinefunction(inspect.markcoroutinefunction(sync_wrapper(wrapped))))
c = wrapped(7)
print(type(c).__name__, inspect.iscoroutine(c))
c.close()
try:
    add(2, 3).send(None)
except StopIteration as e:
    print("value", e.value)
