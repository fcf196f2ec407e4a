# Tests call_at with absolute deadlines (past deadlines run promptly, in deadline order) and TimerHandle.when().
import asyncio

loop = asyncio.new_event_loop()
log = []
now = loop.time()
h1 = loop.call_at(now + 0.03, log.append, "plus 0.03")
h2 = loop.call_at(now - 5, log.append, "5s in the past")
h3 = loop.call_at(now + 0.01, log.append, "plus 0.01")
h4 = loop.call_at(now - 10, log.append, "10s in the past")
print("when exact:", h1.when() == now + 0.03, h2.when() == now - 5)
loop.call_at(now + 0.06, loop.stop)
loop.run_forever()
print(log)
# TimerHandles compare by deadline
print("h4 < h2 < h3 < h1:", h4 < h2 < h3 < h1)
print("sorted:", sorted([h1, h2, h3, h4]) == [h4, h2, h3, h1])
loop.close()
