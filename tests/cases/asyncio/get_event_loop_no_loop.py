# expected: hand-written
# Tests asyncio.get_event_loop() with no running and no set loop: Python 3.14 raises RuntimeError instead of creating a loop.
# Source: https://docs.python.org/3.14/library/asyncio-eventloop.html#asyncio.get_event_loop
#   ".. versionchanged:: 3.14 Raises a RuntimeError if there is no current event loop."
# and the 3.14 policy (Lib/asyncio/events.py, BaseDefaultEventLoopPolicy.get_event_loop) raises
#   RuntimeError('There is no current event loop in thread %r.' % threading.current_thread().name)
# (CPython 3.13 instead emits a DeprecationWarning and creates a loop.)
import asyncio

try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

# after asyncio.run the current loop is reset, so the same happens
async def main():
    return asyncio.get_event_loop() is asyncio.get_running_loop()

print("inside run:", asyncio.run(main()))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("after run:", e)

# setting a loop makes it available, setting None removes it again
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print("set loop returned:", asyncio.get_event_loop() is loop)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("after set_event_loop(None):", e)
loop.close()
