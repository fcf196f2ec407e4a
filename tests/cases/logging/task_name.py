# %(taskName)s is the name of the asyncio task that logged (None outside a task).
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(taskName)s: %(message)s", level=logging.INFO)


async def worker(n):
    logging.info("worker %d", n)
    await asyncio.sleep(0)
    logging.info("worker %d again", n)


async def main():
    logging.info("in main")
    await asyncio.gather(worker(1), asyncio.create_task(worker(2), name="named-worker"))
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker(3), name="tg-worker")


logging.info("outside")
asyncio.run(main())
rec = logging.makeLogRecord({"msg": "x"})
print(rec.taskName)
logging.logAsyncioTasks = False


async def plain():
    logging.info("not recorded")


asyncio.run(plain())
