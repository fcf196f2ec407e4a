# Tests that CancelledError is a BaseException (not an Exception): 'except Exception' does not catch a cancellation.
import asyncio

print("MRO:", [c.__name__ for c in asyncio.CancelledError.__mro__])
print("is Exception:", issubclass(asyncio.CancelledError, Exception))
print("module:", asyncio.CancelledError.__module__)
print("exceptions module alias:", asyncio.exceptions.CancelledError is asyncio.CancelledError)

async def careless():
    try:
        await asyncio.sleep(1)
    except Exception:
        print("except Exception caught it (wrong)")
        return "swallowed"
    finally:
        print("finally runs during cancellation")

async def main():
    t = asyncio.create_task(careless())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except Exception:
        print("main: except Exception (wrong)")
    except BaseException as e:
        print("main: except BaseException caught", type(e).__name__)
    print("task cancelled:", t.cancelled())
    e = asyncio.CancelledError("why")
    print("constructed:", repr(e), e.args)

asyncio.run(main())
