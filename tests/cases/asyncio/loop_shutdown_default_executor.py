# Tests loop.shutdown_default_executor() when no executor was ever created: it completes at once, twice in a row.
import asyncio

loop = asyncio.new_event_loop()
print(loop.run_until_complete(loop.shutdown_default_executor()))
print(loop.run_until_complete(loop.shutdown_default_executor(timeout=1)))
loop.close()

async def main():
    await asyncio.get_running_loop().shutdown_default_executor()
    return "done inside run"

print(asyncio.run(main()))
