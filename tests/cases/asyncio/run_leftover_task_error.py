# Tests that a leftover task raising a non-cancel exception while asyncio.run cancels it is reported by the exception handler.
import asyncio

async def cleanup_fails():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise ValueError("cleanup failed")

async def main():
    asyncio.get_running_loop().set_exception_handler(
        lambda loop, ctx: print("handler:", ctx["message"], repr(ctx["exception"]),
                                "task:", ctx["task"].get_name()))
    asyncio.create_task(cleanup_fails(), name="fragile")
    await asyncio.sleep(0)
    print("main done")

asyncio.run(main())
print("run returned normally")
