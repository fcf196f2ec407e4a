# From seed document 002 (asyncio up to Python 3.14), section "네이티브 코루틴 만들기 / 기본 예제":
# the smallest native coroutine, run with asyncio.run(). Calling it alone only makes a coroutine.
import asyncio


async def hello():
    print('hello, world!')


# ✅ Python 3.7+ / 3.14 권장 방식
asyncio.run(hello())

coro = hello()  # 호출해도 즉시 실행되지 않고 코루틴 객체를 반환한다
print(type(coro).__name__, asyncio.iscoroutine(coro))
asyncio.run(coro)
