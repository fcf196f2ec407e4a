# From seed document 001 (complete asyncio guide), section "Semaphore - 동시 실행 제한": many
# fetches gathered while a Semaphore(5) lets at most five run at once. 100 URLs become 20 and
# the 1 s fetch becomes 0.01 s; the peak concurrency is tracked and printed.
import asyncio

active = 0
peak = 0


async def fetch_data(url: str) -> dict:
    global active, peak
    active += 1
    peak = max(peak, active)
    await asyncio.sleep(0.01)
    active -= 1
    return {"url": url, "data": "..."}


async def fetch_with_limit(sem: asyncio.Semaphore, url: str):
    async with sem:  # 세마포어 획득
        return await fetch_data(url)


async def main():
    sem = asyncio.Semaphore(5)  # 최대 5개 동시 실행
    urls = [f"url{i}" for i in range(20)]
    tasks = [fetch_with_limit(sem, url) for url in urls]
    results = await asyncio.gather(*tasks)
    print(len(results), results[0], results[-1])
    print("peak concurrency:", peak)
    print("in order:", [r["url"] for r in results] == urls)


asyncio.run(main())
