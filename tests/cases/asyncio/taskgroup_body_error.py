# Tests an exception raised in the TaskGroup body itself: children are cancelled and the error is wrapped in an ExceptionGroup.
import asyncio

async def child():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child cancelled because the body failed")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(0)
            raise LookupError("body failed")
    except* LookupError as eg:
        print("body error in group:", [repr(e) for e in eg.exceptions])

    async def failing_child():
        raise ValueError("child failed")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing_child())
            await asyncio.sleep(0)
            raise LookupError("body failed too")
    except ExceptionGroup as eg:
        print("both collected:", sorted(type(e).__name__ for e in eg.exceptions))

asyncio.run(main())
