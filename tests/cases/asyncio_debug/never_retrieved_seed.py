# Seed document 000 ("Developing with asyncio"), "Detect never-retrieved exceptions": the task's
# exception is never retrieved, so asyncio logs it when the task goes away.
import asyncio

async def bug():
    raise Exception("not consumed")

async def main():
    asyncio.create_task(bug())

asyncio.run(main())
