# Tests asyncio.Semaphore limiting concurrency: never more than 2 workers inside at once.
# Jobs hold the slot for 1-3 event-loop turns (sleep(0)), so the order is exact, not timed.
import asyncio


async def main():
    sem = asyncio.Semaphore(2)
    running = 0
    peak = 0
    log = []

    async def job(i):
        nonlocal running, peak
        async with sem:
            running += 1
            peak = max(peak, running)
            log.append(f"start {i} (running {running})")
            for _ in range(i % 3 + 1):
                await asyncio.sleep(0)
            running -= 1
            log.append(f"end {i}")
        return i * i

    results = await asyncio.gather(*(job(i) for i in range(6)))
    print("\n".join(log))
    print("results", results, "peak", peak)


asyncio.run(main())
