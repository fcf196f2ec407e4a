# Debug mode logs callbacks and task steps slower than loop.slow_callback_duration (0.1 s by
# default) through the asyncio logger: "Executing <Handle ...> took N seconds" and "Executing
# <Task ...> took N seconds". The loop's clock only moves when told, so the durations are exact.
import asyncio


class ManualClockLoop(asyncio.SelectorEventLoop):
    now = 1000.0

    def time(self):
        return self.now


def slow_callback(loop, seconds):
    loop.now += seconds  # as if it had blocked the loop that long


async def slow_step():
    loop = asyncio.get_running_loop()
    loop.now += 0.5  # a blocking call in a coroutine: the mistake debug mode points out
    await asyncio.sleep(0)
    return "stepped"


async def main():
    loop = asyncio.get_running_loop()
    print("default threshold:", loop.slow_callback_duration)
    loop.call_soon(slow_callback, loop, 0.25)
    loop.call_soon(slow_callback, loop, 0.05)  # faster than the threshold: not logged
    await asyncio.sleep(0)
    print(await loop.create_task(slow_step(), name="stepper"))
    loop.slow_callback_duration = 1.0
    loop.call_soon(slow_callback, loop, 0.5)  # under the new threshold
    await asyncio.sleep(0)
    print("done")


asyncio.run(main(), debug=True, loop_factory=ManualClockLoop)
