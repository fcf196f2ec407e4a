# From seed document 001 (complete asyncio guide), section "Lock - 상호 배제": Counter.increment
# reads, sleeps and writes under a Lock, so ten concurrent increments give 10. The same code
# without the lock loses updates.
import asyncio


class Counter:
    def __init__(self):
        self.value = 0
        self._lock = asyncio.Lock()

    async def increment(self):
        async with self._lock:
            current = self.value
            await asyncio.sleep(0.01)  # 시뮬레이션
            self.value = current + 1


class UnsafeCounter:
    def __init__(self):
        self.value = 0

    async def increment(self):
        current = self.value
        await asyncio.sleep(0.01)
        self.value = current + 1


async def main():
    counter = Counter()
    await asyncio.gather(*(counter.increment() for _ in range(10)))
    print("with lock:", counter.value)
    unsafe = UnsafeCounter()
    await asyncio.gather(*(unsafe.increment() for _ in range(10)))
    print("without lock:", unsafe.value)


asyncio.run(main())
