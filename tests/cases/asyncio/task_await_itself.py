# Tests that a task awaiting itself gets a RuntimeError thrown into it instead of deadlocking.
import asyncio

async def selfish():
    me = asyncio.current_task()
    try:
        await me
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])
        return "recovered"

async def main():
    print(await asyncio.create_task(selfish()))

asyncio.run(main())
