# Tests TimerHandle.cancel(): a cancelled timer never fires, cancelled() reports it, cancelling twice or after firing is harmless.
import asyncio

loop = asyncio.new_event_loop()
fired = []
keep = loop.call_later(0.01, fired.append, "keep")
drop = loop.call_later(0.02, fired.append, "drop")
print("before:", keep.cancelled(), drop.cancelled())
drop.cancel()
drop.cancel()
print("after cancel:", drop.cancelled(), "when still available:", isinstance(drop.when(), float))

def cancel_from_callback():
    fired.append("canceller")
    later.cancel()

later = loop.call_later(0.04, fired.append, "later")
loop.call_later(0.03, cancel_from_callback)
loop.call_later(0.06, loop.stop)
loop.run_forever()
print(fired)
keep.cancel()
print("cancel after firing sets flag:", keep.cancelled())
loop.close()
