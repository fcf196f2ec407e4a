# From seed document 002 (asyncio up to Python 3.14), section "await로 네이티브 코루틴 실행하기 /
# 예제: 두 수를 더하는 비동기 함수". The 1 second sleep is shortened to 0.01 s.
import asyncio


async def add(a, b):
    print(f'{a} + {b}')
    await asyncio.sleep(0.01)   # 이벤트 루프에 제어권 반환
    return a + b


async def print_add(a, b):
    res = await add(a, b)       # await로 다른 코루틴 실행 후 반환값 저장
    print(f'{a} + {b} = {res}')


asyncio.run(print_add(1, 2))
