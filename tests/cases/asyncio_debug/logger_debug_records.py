# Seed document 000: with the asyncio logger at DEBUG level (logging.basicConfig here), a debug-mode
# loop logs which selector it uses and when it is closed; a slow callback is a WARNING record.
import asyncio
import logging

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s: %(message)s")


class ManualClockLoop(asyncio.SelectorEventLoop):
    now = 0.0

    def time(self):
        return self.now


def slow(loop):
    loop.now += 0.125


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(slow, loop)
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main(), debug=True, loop_factory=ManualClockLoop)
