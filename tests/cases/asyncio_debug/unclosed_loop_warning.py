# An event loop that is never closed: when it is freed, asyncio warns "unclosed event loop" with a
# ResourceWarning, shown when warnings ask for ResourceWarnings (-W default, -X dev, or a filter
# as here). Taipan finds unreachable loops when the garbage collector runs.
import asyncio
import gc
import warnings

warnings.simplefilter("default", ResourceWarning)


def leak(debug):
    loop = asyncio.new_event_loop()
    loop.set_debug(debug)


leak(False)
leak(True)
gc.collect()
closed = asyncio.new_event_loop()
closed.close()
del closed
gc.collect()
print("end")
