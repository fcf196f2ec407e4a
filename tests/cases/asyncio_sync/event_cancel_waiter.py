# Tests cancelling one asyncio.Event waiter: it raises CancelledError, the others still wake.
import asyncio
import re


async def waiter(name, ev):
    try:
        await ev.wait()
        return f"{name} woke"
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, ev)) for n in "abc"]
    await asyncio.sleep(0)
    print(re.search(r"\[(.*)\]", repr(ev)).group(1))
    tasks[1].cancel()
    await asyncio.sleep(0)
    print(re.search(r"\[(.*)\]", repr(ev)).group(1))
    ev.set()
    for r in await asyncio.gather(*tasks, return_exceptions=True):
        print(repr(r))


asyncio.run(main())
