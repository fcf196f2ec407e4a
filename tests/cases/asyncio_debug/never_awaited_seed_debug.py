# Seed document 000 ("Developing with asyncio"), "Detect never-awaited coroutines" in debug mode:
# the warning adds "Coroutine created at (most recent call last)" and where test() was called.
import asyncio

async def test():
    print("never scheduled")

async def main():
    test()

asyncio.run(main(), debug=True)
