# From seed document 002 (asyncio up to Python 3.14), section "async with": AsyncAdd, an
# asynchronous context manager whose __aenter__ returns a + b after a short sleep (1 s -> 0.01 s).
# Also shows __aexit__ running on an exception and suppressing it by returning True.
import asyncio


class AsyncAdd:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        return self.a + self.b      # 반환값이 as 변수에 바인딩됨

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        pass                        # 정리 작업 없으면 pass


class Suppress:
    async def __aenter__(self):
        print("__aenter__")
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        print("__aexit__", exc_type.__name__ if exc_type else None, exc_val)
        return True                 # True를 반환하면 예외가 억제된다


async def main():
    async with AsyncAdd(1, 2) as result:
        print(result)
    async with Suppress():
        raise KeyError("suppressed")
    print("continues after the suppressed exception")
    async with Suppress():
        print("body")


asyncio.run(main())
