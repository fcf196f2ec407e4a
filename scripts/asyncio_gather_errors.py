# From seed document 003 (seven common asyncio mistakes), mistake 3 "asyncio.gather의 에러 처리":
# by default the first exception propagates out of gather (the other tasks keep running);
# with return_exceptions=True every result comes back and the exceptions must be checked.
# task1 and task3 wait for a gate that main opens, so "still running" is exact, not timed.
import asyncio

finished = []
gate = asyncio.Event()


async def task1():
    await gate.wait()
    finished.append("task1")
    return "one"


async def task2():
    await asyncio.sleep(0.01)
    raise RuntimeError("task2 failed")


async def task3():
    await gate.wait()
    await asyncio.sleep(0)
    finished.append("task3")
    return "three"


async def main():
    # 하나가 실패하면 예외가 바로 전파됨 (기본 동작)
    try:
        results = await asyncio.gather(task1(), task2(), task3())
    except RuntimeError as e:
        print("gather raised:", e, "| finished so far:", finished)
    gate.set()
    await asyncio.sleep(0.01)
    print("the other tasks still finished:", finished)

    # 실패해도 나머지 계속 실행
    finished.clear()
    results = await asyncio.gather(task1(), task2(), task3(), return_exceptions=True)
    # 결과 중 Exception 객체인 것을 직접 확인해야 함
    for r in results:
        print("exception" if isinstance(r, Exception) else "value", repr(r))
    print(finished)


asyncio.run(main())
