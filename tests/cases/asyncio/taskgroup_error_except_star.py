# Tests TaskGroup error aggregation: child failures are collected into an ExceptionGroup and handled with except*.
import asyncio

async def fail(exc, delay):
    await asyncio.sleep(delay)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("v1"), 0))
            tg.create_task(fail(TypeError("t1"), 0))
            tg.create_task(fail(ValueError("v2"), 0))
    except* ValueError as eg:
        print("ValueErrors:", type(eg).__name__, [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeErrors:", [str(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(KeyError("only"), 0))
    except ExceptionGroup as eg:
        print("message:", repr(str(eg)), "count:", len(eg.exceptions))
        print("exceptions:", eg.exceptions)

asyncio.run(main())
