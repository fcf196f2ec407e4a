# Tests that asyncio.run rejects plain values (the exception type changed across versions, so only the rejection is printed) and Runner.run too.
import asyncio

for bad in [1, "text", None, lambda: None]:
    try:
        asyncio.run(bad)
    except (ValueError, TypeError):
        print("rejected", type(bad).__name__)
with asyncio.Runner() as runner:
    try:
        runner.run(5)
    except (ValueError, TypeError):
        print("Runner.run rejected int")
    print("runner still usable:", runner.run(asyncio.sleep(0, "ok")))
