# Tests asyncio.Queue.shutdown() waking blocked getters and putters with QueueShutDown.
import asyncio


async def main():
    empty = asyncio.Queue()
    full = asyncio.Queue(maxsize=1)
    full.put_nowait("only")

    async def try_(name, coro):
        try:
            return f"{name}: {await coro!r}"
        except asyncio.QueueShutDown:
            return f"{name}: QueueShutDown"

    getters = [asyncio.create_task(try_(f"get{i}", empty.get())) for i in range(2)]
    putters = [asyncio.create_task(try_(f"put{i}", full.put(i))) for i in range(2)]
    await asyncio.sleep(0)
    print(str(empty), str(full))
    empty.shutdown()
    full.shutdown()
    for line in await asyncio.gather(*getters, *putters):
        print(line)
    print(full.get_nowait(), str(full))


asyncio.run(main())
