# Tests that tasks sleeping for clearly different delays wake up in delay order, not creation order.
import asyncio

async def sleeper(name, delay):
    await asyncio.sleep(delay)
    print("woke", name)
    return name

async def main():
    tasks = [asyncio.create_task(sleeper(n, d)) for n, d in
             [("slow", 0.06), ("zero", 0), ("fast", 0.01), ("medium", 0.03)]]
    print(await asyncio.gather(*tasks))

asyncio.run(main())
