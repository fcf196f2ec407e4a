# Tests asyncio.Runner(debug=..., loop_factory=...): debug mode is applied and the factory builds the loop.
import asyncio

made = []

def factory():
    loop = asyncio.new_event_loop()
    made.append(loop)
    return loop

async def info():
    loop = asyncio.get_running_loop()
    return loop.get_debug(), loop is made[0]

with asyncio.Runner(debug=True, loop_factory=factory) as r:
    print("debug, from factory:", r.run(info()))
print("factory called:", len(made), "closed:", made[0].is_closed())

with asyncio.Runner(debug=False) as r:
    print("debug off:", r.run(asyncio.sleep(0, "ran")))
    print(r.get_loop().get_debug())
