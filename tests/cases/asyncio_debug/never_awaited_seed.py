# Seed document 000 ("Developing with asyncio"), "Detect never-awaited coroutines": test() is
# called but never awaited; asyncio.run() in production mode reports it with a RuntimeWarning.
import asyncio

async def test():
    print("never scheduled")

async def main():
    test()

asyncio.run(main())
