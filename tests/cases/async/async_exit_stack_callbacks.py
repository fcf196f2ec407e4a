# Tests contextlib.AsyncExitStack: enter_async_context, push_async_callback, callback and enter_context unwind in LIFO order.
import contextlib

class ACM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("aenter", self.name)
        return self.name
    async def __aexit__(self, *exc):
        print("aexit", self.name)

class SyncCM:
    def __enter__(self):
        print("enter sync")
        return "sync"
    def __exit__(self, *exc):
        print("exit sync")

async def async_cb(*args, **kwargs):
    print("async callback", args, kwargs)

def sync_cb(tag):
    print("sync callback", tag)

async def main():
    async with contextlib.AsyncExitStack() as stack:
        a = await stack.enter_async_context(ACM("first"))
        stack.push_async_callback(async_cb, 1, 2, key="v")
        s = stack.enter_context(SyncCM())
        stack.callback(sync_cb, "cb")
        b = await stack.enter_async_context(ACM("second"))
        print("entered", a, s, b)
    print("stack unwound")
    stack = contextlib.AsyncExitStack()
    stack.push_async_callback(async_cb, "manual")
    moved = stack.pop_all()
    await stack.aclose()
    print("original closed, nothing ran")
    await moved.aclose()
    try:
        await stack.enter_async_context(SyncCM())
    except TypeError as e:
        print(type(e).__name__, e)

try:
    main().send(None)
except StopIteration:
    print("done")
