# From seed document 001 (complete asyncio guide), section "디버깅 팁": debug mode turned on with
# asyncio.run(main(), debug=True), and loop.slow_callback_duration (the threshold for the
# slow-callback warning). Nothing slow runs here, so no warning is logged.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug())
    print("default slow_callback_duration:", loop.slow_callback_duration)
    loop.slow_callback_duration = 0.1  # 100ms 이상 경고
    print("slow_callback_duration:", loop.slow_callback_duration)
    await asyncio.sleep(0)


asyncio.run(main(), debug=True)


async def plain():
    return asyncio.get_running_loop().get_debug()


print("without debug=True:", asyncio.run(plain()))
