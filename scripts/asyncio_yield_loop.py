# From seed document 003 (seven common asyncio mistakes), mistake 5 "무한 루프에서 await 빠트리기":
# a loop with no await starves every other task; await asyncio.sleep(0) in each iteration
# gives the event loop a chance to run them. Loops are bounded here so the program ends.
import asyncio


def process(log, name, i):
    log.append(f"{name}{i}")  # CPU 작업


# 나쁜 예: 이벤트 루프 완전 점령
async def greedy_worker(log, name):
    for i in range(3):
        process(log, name, i)


# 좋은 예: 이벤트 루프에 제어권 넘기기
async def polite_worker(log, name):
    for i in range(3):
        process(log, name, i)
        await asyncio.sleep(0)  # yield to event loop


async def main():
    for worker in (greedy_worker, polite_worker):
        log = []
        await asyncio.gather(worker(log, "a"), worker(log, "b"))
        print(worker.__name__, " ".join(log))


asyncio.run(main())
