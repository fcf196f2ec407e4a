# Tests asyncio.Event: is_set/set/clear, wait() returning True, and the repr state.
import asyncio
import re


def state(obj):
    return re.search(r"\[(.*)\]>$", repr(obj)).group(1)


async def main():
    ev = asyncio.Event()
    print(ev.is_set(), state(ev))
    ev.set()
    print(ev.is_set(), state(ev))
    print("wait on set event ->", await ev.wait())
    ev.set()  # setting twice is harmless
    ev.clear()
    print(ev.is_set(), state(ev))
    ev.clear()
    waiter = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    print(state(ev), waiter.done())
    ev.set()
    print("woken ->", await waiter, state(ev))
    print(repr(ev).startswith("<asyncio.locks.Event object at "))


asyncio.run(main())
