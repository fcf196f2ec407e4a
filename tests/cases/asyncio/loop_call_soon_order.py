# Tests that call_soon callbacks run in FIFO order, with positional args, and that callbacks scheduled while running wait for the next iteration.
import asyncio

loop = asyncio.new_event_loop()
log = []

def record(*args):
    log.append(args)

def spawner(tag):
    log.append(("spawner", tag))
    loop.call_soon(record, "child of", tag)

loop.call_soon(record, 1)
loop.call_soon(spawner, "A")
loop.call_soon(record, 2, "two", None)
loop.call_soon(spawner, "B")
loop.call_soon(record)
loop.call_soon(lambda: loop.call_soon(loop.stop))
loop.run_forever()
for entry in log:
    print(entry)

h = loop.call_soon(record, "x")
print("handle type:", type(h).__name__, "cancelled:", h.cancelled())
h.cancel()
print("cancelled now:", h.cancelled())
h.cancel()
loop.call_soon(loop.stop)
log.clear()
loop.run_forever()
print("cancelled handle did not run:", log)
loop.close()
