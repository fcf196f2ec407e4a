# From seed document 002 (asyncio up to Python 3.14), section "await로 네이티브 코루틴 실행하기":
# the three awaitable kinds (코루틴 객체, 퓨처 객체, 태스크 객체) plus an object with __await__.
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


class AsyncAdd:
    """An awaitable object: its __await__ delegates to a coroutine."""

    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __await__(self):
        return add(self.a, self.b).__await__()


async def main():
    변수 = await add(1, 2)                            # 변수 = await 코루틴객체
    print("coroutine:", 변수)

    future = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(future.set_result, 10)
    print("future:", await future)                     # 변수 = await 퓨처객체

    task = asyncio.create_task(add(3, 4))
    print("task:", await task)                         # 변수 = await 태스크객체

    print("__await__ object:", await AsyncAdd(5, 6))
    print("gather of all kinds:", await asyncio.gather(add(1, 1), AsyncAdd(2, 2)))
    try:
        await 42    # not awaitable (the message wording differs between versions)
    except TypeError as e:
        print("await 42:", type(e).__name__)


asyncio.run(main())
