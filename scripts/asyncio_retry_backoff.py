# From seed document 001 (complete asyncio guide), section "실전 패턴 / Retry with Exponential
# Backoff": fetch_with_retry retries a failing fetch with delays base_delay * 2**attempt and
# re-raises after the last attempt. The fetch fails a scripted number of times instead of
# using the network; base_delay 1.0 becomes 0.01.
import asyncio

failures_left = {}


async def fetch_data(url: str) -> dict:
    await asyncio.sleep(0)
    if failures_left.get(url, 0) > 0:
        failures_left[url] -= 1
        raise ConnectionError(f"{url} unreachable")
    return {"url": url, "data": "..."}


async def fetch_with_retry(
    url: str,
    max_retries: int = 3,
    base_delay: float = 0.01
) -> dict:
    for attempt in range(max_retries):
        try:
            return await fetch_data(url)
        except Exception as e:
            if attempt == max_retries - 1:
                raise
            delay = base_delay * (2 ** attempt)
            print(f"Retry {attempt + 1} after {delay}s: {e}")
            await asyncio.sleep(delay)


async def main():
    failures_left["flaky"] = 2
    print(await fetch_with_retry("flaky"))
    failures_left["down"] = 5
    try:
        await fetch_with_retry("down")
    except ConnectionError as e:
        print(f"Gave up: {e!r}")
    print(await fetch_with_retry("healthy"))


asyncio.run(main())
