# Tests `async with lock`: the lock is held inside, released after, also when the body raises.
import asyncio


async def main():
    lock = asyncio.Lock()
    async with lock as value:
        print("inside, as-value:", value, "locked:", lock.locked())
    print("after:", lock.locked())
    try:
        async with lock:
            print("inside again:", lock.locked())
            raise KeyError("boom")
    except KeyError as e:
        print("caught", repr(e), "locked:", lock.locked())
    # __aenter__/__aexit__ called by hand.
    print(await lock.__aenter__(), lock.locked())
    print(await lock.__aexit__(None, None, None), lock.locked())
    # The lock does not support a plain `with`.
    try:
        with lock:
            pass
    except TypeError as e:
        print("plain with:", type(e).__name__)


asyncio.run(main())
