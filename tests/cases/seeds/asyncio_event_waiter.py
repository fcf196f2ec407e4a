# From seed document 001 (complete asyncio guide), section "Event - 이벤트 알림": a waiter
# blocks on an Event until a setter sets it. The setter's 2 s sleep becomes 0.02 s.
import asyncio


async def waiter(event: asyncio.Event):
    print("Waiting for event...")
    await event.wait()
    print("Event received!")


async def setter(event: asyncio.Event):
    await asyncio.sleep(0.02)
    event.set()
    print("Event set!")


async def main():
    event = asyncio.Event()
    await asyncio.gather(waiter(event), setter(event))


asyncio.run(main())
