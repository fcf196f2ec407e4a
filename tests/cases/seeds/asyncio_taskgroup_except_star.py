# From seed document 002 (asyncio up to Python 3.14), section "asyncio.TaskGroup (3.11+,
# 권장)": when task_b raises, the group cancels task_a and task_c, and except* ValueError
# receives the ExceptionGroup. Also the happy path with results read after the block.
import asyncio

cancelled = []


async def task_a():
    try:
        await asyncio.sleep(1)
        print("task_a finished (not expected)")
    except asyncio.CancelledError:
        cancelled.append("task_a")
        raise


async def task_b():
    await asyncio.sleep(0.01)
    raise ValueError("task_b failed")


async def task_c():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        cancelled.append("task_c")
        raise


async def fetch(n):
    await asyncio.sleep(0.01 * n)
    return n * 100


async def main():
    async with asyncio.TaskGroup() as tg:
        task1 = tg.create_task(fetch(1))
        task2 = tg.create_task(fetch(2))
        task3 = tg.create_task(fetch(3))
    # async with 블록을 벗어날 때 모든 태스크 완료를 묵시적으로 await
    results = [task1.result(), task2.result(), task3.result()]
    print(results)

    # ✅ TaskGroup — 예외가 발생하면 나머지 태스크를 안전하게 취소
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(task_a())
            tg.create_task(task_b())   # 이 태스크가 예외를 발생시키면
            tg.create_task(task_c())   # task_a, task_c 자동 취소
    except* ValueError as eg:          # except* 문법으로 ExceptionGroup 처리
        print(type(eg).__name__, repr(eg.message))
        for exc in eg.exceptions:
            print(exc)
    # The group cancels its remaining tasks in no particular order.
    print("cancelled:", sorted(cancelled))


asyncio.run(main())
