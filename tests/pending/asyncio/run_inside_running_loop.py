# Tests asyncio.run called from a running loop: RuntimeError, and the unused coroutine warns that it was never awaited.
import asyncio

async def inner():
    return "never"

async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("loop still running:", asyncio.get_running_loop().is_running())
    del coro
    print("after del")
    return "outer finished"

print(asyncio.run(main()))
