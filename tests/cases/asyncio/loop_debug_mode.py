# Tests get_debug/set_debug, asyncio.run(debug=True), and the slow_callback_duration attribute.
import asyncio

loop = asyncio.new_event_loop()
print("default debug:", loop.get_debug())
loop.set_debug(True)
print("after set_debug(True):", loop.get_debug())
loop.set_debug(False)
print("after set_debug(False):", loop.get_debug())
print("slow_callback_duration:", loop.slow_callback_duration)
loop.slow_callback_duration = 0.5
print("changed:", loop.slow_callback_duration)
loop.close()

async def main():
    return asyncio.get_running_loop().get_debug()

print("run(debug=True):", asyncio.run(main(), debug=True))
print("run(debug=False):", asyncio.run(main(), debug=False))
print("run():", asyncio.run(main()))
