# Three blocking sleeps gathered through to_thread overlap: together about 0.2 s, not 0.6 s.
import asyncio
import threading
import time


async def main():
    # Warm up: three calls that must run at once start the executor's three threads.
    meet = threading.Barrier(3)
    await asyncio.gather(*(asyncio.to_thread(meet.wait) for _ in range(3)))
    begin = time.monotonic()
    await asyncio.gather(*(asyncio.to_thread(time.sleep, 0.2) for _ in range(3)))
    elapsed = time.monotonic() - begin
    print(0.19 <= elapsed < 0.45)


asyncio.run(main())
