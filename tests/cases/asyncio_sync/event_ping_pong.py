# Tests two tasks taking turns with a pair of asyncio.Events (set, wait, clear in a loop).
import asyncio


async def player(name, mine, theirs, rounds, log):
    for i in range(rounds):
        await mine.wait()
        mine.clear()
        log.append(f"{name} {i}")
        theirs.set()


async def main():
    ping, pong = asyncio.Event(), asyncio.Event()
    log = []
    a = asyncio.create_task(player("ping", ping, pong, 3, log))
    b = asyncio.create_task(player("pong", pong, ping, 3, log))
    ping.set()
    await asyncio.gather(a, b)
    print(", ".join(log))
    print(ping.is_set(), pong.is_set())


asyncio.run(main())
