# From seed document 001 (complete asyncio guide), section "Queue - 생산자-소비자 패턴": one
# producer, three consumers on a Queue(maxsize=5), queue.join() and then cancelling the
# consumers. The producer's 0.1 s pause becomes 0.01 s.
import asyncio


async def producer(queue: asyncio.Queue):
    for i in range(10):
        await queue.put(f"item-{i}")
        print(f"Produced: item-{i}")
        await asyncio.sleep(0.01)


async def consumer(queue: asyncio.Queue, name: str):
    while True:
        item = await queue.get()
        print(f"{name} consumed: {item}")
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=5)
    producers = [asyncio.create_task(producer(queue))]
    consumers = [
        asyncio.create_task(consumer(queue, f"consumer-{i}"))
        for i in range(3)
    ]
    await asyncio.gather(*producers)
    await queue.join()  # 모든 아이템 처리 대기
    for c in consumers:
        c.cancel()
    results = await asyncio.gather(*consumers, return_exceptions=True)
    print("consumers cancelled:", [type(r).__name__ for r in results])


asyncio.run(main())
