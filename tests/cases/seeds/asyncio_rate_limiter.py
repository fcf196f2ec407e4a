# From seed document 001 (complete asyncio guide), section "실전 패턴 / Rate Limiter": a token
# bucket guarded by a Lock; callers beyond the rate sleep until a token refills. Rate 3 per
# 0.06 s here; only coarse facts are printed (who went through without waiting, total time).
import asyncio


class RateLimiter:
    def __init__(self, rate: int, per: float):
        self.rate = rate
        self.per = per
        self.tokens = rate
        self.updated_at = asyncio.get_event_loop().time()
        self._lock = asyncio.Lock()

    async def acquire(self):
        async with self._lock:
            now = asyncio.get_event_loop().time()
            elapsed = now - self.updated_at
            self.tokens = min(self.rate, self.tokens + elapsed * (self.rate / self.per))
            self.updated_at = now
            if self.tokens < 1:
                wait_time = (1 - self.tokens) * (self.per / self.rate)
                await asyncio.sleep(wait_time)
                self.tokens = 0
            else:
                self.tokens -= 1


async def main():
    loop = asyncio.get_running_loop()
    limiter = RateLimiter(rate=3, per=0.06)
    start = loop.time()
    order = []

    async def request(i):
        await limiter.acquire()
        order.append(i)

    await asyncio.gather(*(request(i) for i in range(6)))
    total = loop.time() - start
    print("served in order:", order)
    print("first three free, the rest throttled:", total >= 0.03)
    print("finished promptly:", total < 1.0)


asyncio.run(main())
