# From seed document 003 (seven common asyncio mistakes), mistake 1 "blocking 함수를 async 안에서
# 직접 호출": time.sleep inside a coroutine blocks the whole loop, asyncio.sleep lets another
# task run meanwhile. The order of the log lines shows the difference.
import asyncio
import time


async def ticker(log):
    for i in range(3):
        log.append(f"tick {i}")
        await asyncio.sleep(0)


# 나쁜 예: time.sleep이 이벤트 루프 전체를 블록
async def fetch_blocking(log):
    log.append("fetch start")
    time.sleep(0.01)  # 이러면 다른 코루틴도 모두 대기
    log.append("fetch end")
    return "data"


# 좋은 예
async def fetch(log):
    log.append("fetch start")
    await asyncio.sleep(0.01)
    log.append("fetch end")
    return "data"


async def main():
    for fetcher in (fetch_blocking, fetch):
        log = []
        await asyncio.gather(fetcher(log), ticker(log))
        print(fetcher.__name__, log)


asyncio.run(main())
