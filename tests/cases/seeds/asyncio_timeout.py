# From seed documents 001 ("타임아웃 처리": asyncio.timeout and the legacy asyncio.wait_for) and
# 002 ("타임아웃 처리: asyncio.timeout (3.11+)", timeout_at with a deadline). Timeouts are
# scaled from 5 s to 0.02 s; long_running_task would take 1 s.
import asyncio


async def long_running_task():
    await asyncio.sleep(1)
    return "done"


async def main():
    try:
        async with asyncio.timeout(0.02):   # 5초 제한 (scaled down)
            await long_running_task()
    except TimeoutError:
        print("Task timed out!")

    try:
        result = await asyncio.wait_for(long_running_task(), timeout=0.02)
    except asyncio.TimeoutError:
        print("Task timed out!")

    try:
        async with asyncio.timeout(0.02):
            result = await long_running_task()
    except TimeoutError:
        print('타임아웃 발생')

    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.02
    try:
        async with asyncio.timeout_at(deadline) as cm:
            result = await long_running_task()
    except TimeoutError:
        print("timeout_at expired:", cm.expired(), cm.when() == deadline)

    # One timeout covers several awaits in the block; here they all fit.
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
        await asyncio.sleep(0.01)
    print("in time, expired:", cm.expired())
    print(TimeoutError is asyncio.TimeoutError)


asyncio.run(main())
