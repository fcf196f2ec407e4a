# From seed document 001 (complete asyncio guide), section "asyncio.create_task - 백그라운드
# 실행": a background job loops until main() cancels it and awaits the CancelledError.
# The 5 s period becomes 0.06 s; do_main_work sleeps 0.15 s.
import asyncio


async def background_job():
    while True:
        print("Background running...")
        await asyncio.sleep(0.06)


async def do_main_work():
    await asyncio.sleep(0.15)
    print("Main work done")


async def main():
    # 백그라운드 태스크 시작
    task = asyncio.create_task(background_job())
    # 메인 로직 실행
    await do_main_work()
    # 태스크 취소
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("Background job cancelled")
    print("cancelled:", task.cancelled())


asyncio.run(main())
