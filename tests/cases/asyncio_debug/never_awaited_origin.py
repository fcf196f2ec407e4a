# A coroutine never awaited while origin tracking is on (as asyncio's debug mode turns it on):
# the RuntimeWarning says where it was created, outermost frame first, with the source lines.
import sys

sys.set_coroutine_origin_tracking_depth(3)


async def job():
    pass


def start():
    job()


def run():
    start()


run()
print("done")
