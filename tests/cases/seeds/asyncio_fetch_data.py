# From seed document 001 (complete asyncio guide), sections "코루틴 (Coroutine)" and "이벤트 루프
# (Event Loop)": fetch_data run with asyncio.run(), then the same main() on a loop managed by
# hand (new_event_loop / run_until_complete / close). Sleep 1 s -> 0.01 s. set_event_loop()
# from the document is left out: run_until_complete does not need it.
import asyncio


# async def로 정의된 함수 = 코루틴 함수
async def fetch_data(url: str) -> dict:
    print(f"Fetching {url}")
    await asyncio.sleep(0.01)  # 비동기 대기
    return {"url": url, "data": "..."}


# 코루틴 실행
async def main():
    result = await fetch_data("https://api.example.com")
    print(result)


asyncio.run(main())  # 진입점

# asyncio.run()이 내부적으로 수행하는 작업
loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(main())
finally:
    loop.close()
print("loop closed:", loop.is_closed())
