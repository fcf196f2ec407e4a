# From seed document 003 (seven common asyncio mistakes), mistake 7 "async context manager 잘못
# 사용": an asynchronous context manager (a stand-in for aiohttp.ClientSession) used with plain
# `with` raises TypeError; `async with` works. Only the exception type is printed, since the
# message wording changes between Python versions.
import asyncio


class ClientSession:
    async def __aenter__(self):
        print("session opened")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("session closed")

    def get(self, url):
        return Response(url)


class Response:
    def __init__(self, url):
        self.url = url

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        return False

    async def json(self):
        await asyncio.sleep(0)
        return {"url": self.url, "ok": True}


async def main():
    # 나쁜 예
    try:
        with ClientSession() as session:  # async with이어야 함
            pass
    except TypeError as e:
        print("with on an async context manager:", type(e).__name__)

    # 올바른 코드
    async with ClientSession() as session:
        async with session.get("https://example.com/api") as response:
            data = await response.json()
    print(data)


asyncio.run(main())
