# Tests call_later: callbacks fire in deadline order, TimerHandle.when() equals loop.time() + delay, and args are passed.
import asyncio

loop = asyncio.new_event_loop()
order = []

def fire(name, *extra):
    order.append((name,) + extra)

start = loop.time()
h_late = loop.call_later(0.05, fire, "late", 1, 2)
h_early = loop.call_later(0.01, fire, "early")
h_zero = loop.call_later(0, fire, "zero")
h_neg = loop.call_later(-1, fire, "negative")
loop.call_soon(fire, "soon")
print("types:", type(h_late).__name__, type(h_early).__name__)
print("when ordering:", h_neg.when() < h_zero.when() < h_early.when() < h_late.when())
print("when close to time+delay:", abs(h_late.when() - (start + 0.05)) < 0.01)
print("when is float:", isinstance(h_late.when(), float))
loop.call_later(0.08, loop.stop)
loop.run_forever()
for o in order:
    print(o)
print("elapsed >= 0.05:", loop.time() - start >= 0.05)
loop.close()
