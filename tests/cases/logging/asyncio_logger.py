# asyncio reports through the "asyncio" logger: configure it and its messages follow the format.
import asyncio
import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(name)s %(levelname)s: %(message)s"))
logger = logging.getLogger("asyncio")
logger.addHandler(handler)
logger.propagate = False
print(logging.getLogger("asyncio").getEffectiveLevel())


def boom():
    raise RuntimeError("callback failed")


async def main():
    loop = asyncio.get_running_loop()
    try:
        boom()
    except RuntimeError as e:
        loop.call_exception_handler({"message": "Exception in callback boom()", "exception": e})
    loop.call_exception_handler({"message": "custom report"})


asyncio.run(main())
logger.setLevel(logging.CRITICAL)
asyncio.run(main())
print("silenced at CRITICAL")
logger.setLevel(logging.NOTSET)
logger.removeHandler(handler)
logger.propagate = True
logging.basicConfig(stream=sys.stdout, format="root saw %(name)s: %(message)s")
asyncio.run(main())
