# From seed document 001 (complete asyncio guide), section "asyncio.gather - 병렬 실행" and its
# "에러 처리" part: three fetches gathered in order, then return_exceptions=True with a failing
# fetch reported as "Error: ...". Sleeps scaled down; the failing URL is simulated.
import asyncio


async def fetch_data(url: str) -> dict:
    print(f"Fetching {url}")
    await asyncio.sleep(0.01)
    if "bad" in url:
        raise ConnectionError(f"cannot reach {url}")
    return {"url": url, "data": "..."}


async def main():
    # 동시에 3개 요청 실행
    results = await asyncio.gather(
        fetch_data("https://api1.example.com"),
        fetch_data("https://api2.example.com"),
        fetch_data("https://api3.example.com"),
    )
    print(results)  # [result1, result2, result3]

    results = await asyncio.gather(
        fetch_data("url1"),
        fetch_data("bad-url2"),
        fetch_data("url3"),
        return_exceptions=True,  # 예외를 결과로 반환
    )
    for result in results:
        if isinstance(result, Exception):
            print(f"Error: {result}")
        else:
            print(f"Success: {result}")


asyncio.run(main())
