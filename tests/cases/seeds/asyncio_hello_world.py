# From seed document 004 (an introduction to asyncio), sections "이벤트 루프" and "async func":
# a coroutine registered with run_until_complete() on an explicitly created event loop, and
# the loop functions the section lists (get_running_loop inside a coroutine, new_event_loop).
# set_event_loop() is left out: asyncio.run() and Runner make it unnecessary.
import asyncio


async def hello_world():
    print("Hello World!")
    loop = asyncio.get_running_loop()   # 현재 스레드에서 실행중인 이벤트 루프
    return loop


loop = asyncio.new_event_loop()         # 새로운 이벤트 루프를 만듭니다.
try:
    running = loop.run_until_complete(hello_world())
    print("same loop:", running is loop, "running now:", loop.is_running())
finally:
    loop.close()
print("closed:", loop.is_closed())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
