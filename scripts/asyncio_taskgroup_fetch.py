# From seed document 001 (complete asyncio guide), section "asyncio.TaskGroup - 구조적 동시성
# (3.11+)": three fetches in a TaskGroup, results read after the block. Sleeps scaled down.
import asyncio


async def fetch_data(url: str) -> dict:
    print(f"Fetching {url}")
    await asyncio.sleep(0.01)
    return {"url": url, "data": "..."}


async def main():
    async with asyncio.TaskGroup() as tg:
        task1 = tg.create_task(fetch_data("url1"))
        task2 = tg.create_task(fetch_data("url2"))
        task3 = tg.create_task(fetch_data("url3"))
        print("inside the block, done:", task1.done(), task2.done(), task3.done())
    # 모든 태스크 완료 후 결과 접근
    print(task1.result(), task2.result(), task3.result())


asyncio.run(main())
