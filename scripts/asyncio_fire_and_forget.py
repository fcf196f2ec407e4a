# From seed documents 002 ("Future와 Task": fire-and-forget 패턴, 강한 참조 유지) and 003
# (mistake 6, "Task를 생성하고 참조 안 하기"): keep background tasks in a set and let
# add_done_callback(set.discard) drop each one when it finishes.
import asyncio

background_tasks = set()


async def some_coro(n):
    await asyncio.sleep(0.06 * n)
    print(f"background work {n} done")


async def main():
    for n in (3, 1, 2):
        task = asyncio.create_task(some_coro(n))
        background_tasks.add(task)
        task.add_done_callback(background_tasks.discard)  # 완료 후 자동 제거
    print("tasks kept:", len(background_tasks))
    await asyncio.sleep(0.09)
    print("tasks kept:", len(background_tasks))
    while background_tasks:
        await asyncio.sleep(0.02)
    print("tasks kept:", len(background_tasks))


asyncio.run(main())
