# Tests that asyncio.run finalizes an unfinished async generator at shutdown: its finally (which awaits) runs after main returns.
import asyncio

async def stream():
    try:
        for i in range(100):
            yield i
    finally:
        print("stream finally start")
        await asyncio.sleep(0)
        print("stream finally end")

keep = []

async def main():
    g = stream()
    keep.append(g)
    async for v in g:
        print("got", v)
        if v == 1:
            break
    print("main returning, generator left suspended")
    return "main result"

print(asyncio.run(main()))
print("after asyncio.run, frame cleared:", keep[0].ag_frame is None)
