# Tests asyncio.wait_for timing out: TimeoutError is raised, the inner task is cancelled and sees CancelledError first.
import asyncio

async def slow():
    try:
        await asyncio.sleep(1)
        return "never"
    except asyncio.CancelledError:
        print("inner cancelled")
        raise
    finally:
        print("inner finally")

async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.02)
    except TimeoutError as e:
        print("TimeoutError caught:", type(e).__name__, repr(e.args))
        print("same as asyncio.TimeoutError:", asyncio.TimeoutError is TimeoutError)
        print("cause:", type(e.__cause__).__name__)
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(t, 0.01)
    except TimeoutError:
        print("task cancelled by wait_for:", t.cancelled())

asyncio.run(main())
