# From seed document 001 (complete asyncio guide), section "as_completed - 완료 순서대로 처리":
# results are handled in completion order, not creation order. Each fetch gets a clearly
# different delay so the order is deterministic.
import asyncio

DELAYS = {"url0": 0.2, "url1": 0.04, "url2": 0.16, "url3": 0.08, "url4": 0.12}


async def fetch_data(url: str) -> dict:
    await asyncio.sleep(DELAYS[url])
    return {"url": url, "data": "..."}


async def main():
    tasks = [
        asyncio.create_task(fetch_data(f"url{i}"))
        for i in range(5)
    ]
    # 완료되는 순서대로 결과 처리
    for coro in asyncio.as_completed(tasks):
        result = await coro
        print(f"Got: {result}")


asyncio.run(main())
