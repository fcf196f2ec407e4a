# Tests asyncio.run driving a coroutine: return value, await asyncio.sleep(0) (and its result argument), exceptions propagating out.
import asyncio

async def step(n):
    print("step", n, "before sleep")
    r = await asyncio.sleep(0)
    print("step", n, "after sleep, sleep returned", r)
    return n * 2

async def main():
    results = [await step(i) for i in range(2)]
    tagged = await asyncio.sleep(0, result="tagged")
    print("sleep result argument:", tagged)
    return results

print("asyncio.run returned", asyncio.run(main()))

async def failing():
    await asyncio.sleep(0)
    raise ValueError("inside asyncio.run")

try:
    asyncio.run(failing())
except ValueError as e:
    print("caught from asyncio.run:", e)
