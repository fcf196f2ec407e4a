# Tests run_forever with stop(): stop from a callback, stop before running (one iteration runs) and restarting the loop.
import asyncio

loop = asyncio.new_event_loop()
events = []

def tick(n):
    events.append(f"tick {n}")
    if n < 3:
        loop.call_soon(tick, n + 1)
    else:
        loop.stop()
        events.append("stop requested")

loop.call_soon(tick, 1)
loop.run_forever()
print(events)
print("running:", loop.is_running())

# stop() before run_forever: callbacks already scheduled run once, then the loop stops.
events.clear()
loop.call_soon(events.append, "a")
loop.stop()
loop.call_soon(events.append, "b")
loop.run_forever()
print("after early stop:", events)

# callbacks scheduled during the last iteration stay queued for the next run
events.clear()
def first():
    events.append("first")
    loop.call_soon(events.append, "second")
    loop.stop()
loop.call_soon(first)
loop.run_forever()
print("first run:", events)
loop.call_soon(loop.stop)
loop.run_forever()
print("second run:", events)
loop.close()
