# From seed document 003 (seven common asyncio mistakes), mistake 2 "await 빠트리기": calling a
# coroutine function without await only creates a coroutine object; with await it runs.
import asyncio


async def some_coroutine():
    print("some_coroutine ran")
    return 42


async def process_wrong():
    result = some_coroutine()  # 코루틴 객체가 생성만 됨, 실행 안 됨
    print("wrong:", type(result).__name__, asyncio.iscoroutine(result), result == 42)
    result.close()  # close it, otherwise Python warns that it was never awaited


# 올바른 코드
async def process():
    result = await some_coroutine()
    print("right:", result)


asyncio.run(process_wrong())
asyncio.run(process())
