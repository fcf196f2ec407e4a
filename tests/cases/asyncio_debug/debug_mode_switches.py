# The ways to turn asyncio's debug mode on: a non-empty PYTHONASYNCIODEBUG when the loop is made
# (an empty one does not count), asyncio.run(debug=True), loop.set_debug(); debug=False wins over
# the variable. (-X dev turns it on too; sys.flags.dev_mode shows that.)
import asyncio
import os
import sys


async def main():
    return asyncio.get_running_loop().get_debug()


print("dev_mode:", sys.flags.dev_mode)
print("plain:", asyncio.run(main()))
os.environ["PYTHONASYNCIODEBUG"] = "1"
print("PYTHONASYNCIODEBUG=1:", asyncio.run(main()))
print("PYTHONASYNCIODEBUG=1, debug=False:", asyncio.run(main(), debug=False))
loop = asyncio.new_event_loop()
print("new loop:", loop.get_debug())
loop.close()
os.environ["PYTHONASYNCIODEBUG"] = ""
print("PYTHONASYNCIODEBUG empty:", asyncio.run(main()))
del os.environ["PYTHONASYNCIODEBUG"]
print("debug=True:", asyncio.run(main(), debug=True))
loop = asyncio.new_event_loop()
loop.set_debug(True)
print("set_debug(True):", loop.get_debug(), repr(loop).endswith("debug=True>"))
print(loop.run_until_complete(main()))
loop.set_debug(False)
print(loop.run_until_complete(main()))
loop.close()
