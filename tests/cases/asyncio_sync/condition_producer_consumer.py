# Tests a bounded buffer built with one asyncio.Condition and wait_for on both sides.
import asyncio


async def main():
    cond = asyncio.Condition()
    buf = []
    log = []

    async def producer():
        for i in range(6):
            async with cond:
                await cond.wait_for(lambda: len(buf) < 2)
                buf.append(i)
                log.append(f"put {i} {buf}")
                cond.notify_all()

    async def consumer():
        got = []
        while len(got) < 6:
            async with cond:
                await cond.wait_for(lambda: buf)
                got.append(buf.pop(0))
                log.append(f"get {got[-1]} {buf}")
                cond.notify_all()
        return got

    _, got = await asyncio.gather(producer(), consumer())
    print("\n".join(log))
    print(got)


asyncio.run(main())
