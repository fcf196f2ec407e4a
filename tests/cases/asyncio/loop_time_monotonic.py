# Tests loop.time(): a float that never goes backwards and advances across a sleep; only comparisons are printed.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    print("float:", isinstance(t0, float))
    samples = [loop.time() for _ in range(5)]
    print("non-decreasing:", all(a <= b for a, b in zip([t0] + samples, samples)))
    await asyncio.sleep(0.05)
    elapsed = loop.time() - t0
    print("advanced at least 0.04:", elapsed >= 0.04, "under 1s:", elapsed < 1)

asyncio.run(main())
loop = asyncio.new_event_loop()
print("usable without running:", isinstance(loop.time(), float))
loop.close()
