# Tests wait_for when the awaited task is cancelled by someone else: wait_for raises CancelledError, not TimeoutError.
import asyncio

async def main():
    target = asyncio.create_task(asyncio.sleep(1))
    asyncio.get_running_loop().call_later(0.01, target.cancel)
    try:
        await asyncio.wait_for(target, timeout=1)
    except TimeoutError:
        print("TimeoutError (unexpected)")
    except asyncio.CancelledError:
        print("CancelledError from the inner task")
        print("our own task is not being cancelled:", asyncio.current_task().cancelling())

asyncio.run(main())
