# From seed document 002 (asyncio up to Python 3.14), section "복수 실행이 필요한 경우:
# asyncio.Runner": one loop runs two operations with blocking code in between, then closes.
import asyncio

log = []


async def operation_one():
    await asyncio.sleep(0.01)
    log.append("operation_one")
    return asyncio.get_running_loop()


async def operation_two():
    await asyncio.sleep(0.01)
    log.append("operation_two")
    return asyncio.get_running_loop()


def blocking_code():
    log.append("blocking_code")   # 동기 코드 삽입 가능


# ✅ Python 3.11+ asyncio.Runner
with asyncio.Runner() as runner:
    loop1 = runner.run(operation_one())
    blocking_code()
    loop2 = runner.run(operation_two())
    print("same loop for both runs:", loop1 is loop2, loop1 is runner.get_loop())
    # 루프는 with 블록을 벗어날 때 자동으로 닫힌다
print(log)
print("loop closed after with:", loop1.is_closed())
coro = operation_one()
try:
    runner.run(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
    coro.close()   # never started: close it so no "never awaited" warning appears
