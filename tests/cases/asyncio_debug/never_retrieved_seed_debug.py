# Seed document 000 ("Developing with asyncio"), "Detect never-retrieved exceptions" in debug
# mode: the report adds "source_traceback: Object created at" (where the task was made) and the
# task's repr says "created at".
import asyncio

async def bug():
    raise Exception("not consumed")

async def main():
    asyncio.create_task(bug())

asyncio.run(main(), debug=True)
