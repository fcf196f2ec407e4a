# Ctrl-C under asyncio.run: the main task is cancelled and may clean up; the run then ends
# with KeyboardInterrupt. A second Ctrl-C during the clean-up interrupts it at once.
import asyncio
import os
import signal


async def main(cleanup_delay):
    loop = asyncio.get_running_loop()
    loop.call_later(0.02, os.kill, os.getpid(), signal.SIGINT)
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("main cancelled, cleaning up")
        if cleanup_delay:
            loop.call_later(0.02, os.kill, os.getpid(), signal.SIGINT)
            await asyncio.sleep(cleanup_delay)
            print("not reached")
        raise


for delay in (0, 5):
    try:
        asyncio.run(main(delay))
    except KeyboardInterrupt as e:
        print("KeyboardInterrupt", repr(e))
    print("SIGINT handler back:", signal.getsignal(signal.SIGINT) is signal.default_int_handler)


# a task that swallows the cancellation ends the run normally
async def stubborn():
    asyncio.get_running_loop().call_later(0.02, os.kill, os.getpid(), signal.SIGINT)
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        return "swallowed"

try:
    print(asyncio.run(stubborn()))
except KeyboardInterrupt:
    print("KeyboardInterrupt after a swallowed cancel")
