# Tests run_forever error paths: running a loop that is already running, and running a closed loop.
import asyncio

loop = asyncio.new_event_loop()

def inside():
    print("is_running inside:", loop.is_running())
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.close()
    except RuntimeError as e:
        print("close while running:", e)
    loop.stop()

loop.call_soon(inside)
loop.run_forever()
print("is_running after:", loop.is_running())
loop.close()
loop.close()  # closing twice is fine
try:
    loop.run_forever()
except RuntimeError as e:
    print("closed:", e)
