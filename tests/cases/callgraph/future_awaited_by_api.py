# expected: hand-written
# asyncio.future_add_to_awaited_by() / future_discard_from_awaited_by() (CPython 3.14,
# Doc/library/asyncio-graph.rst "Low level utility functions"): both arguments must be futures or
# tasks, else nothing happens; _asyncio_awaited_by is a frozenset, or None when empty. A chain of
# tasks awaiting tasks prints level by level, and a plain Future as "* Future(id=...)".
import asyncio

from helper_graph import show


async def level(name, inner):
    return await inner


async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f2 = loop.create_future()
    print(f1._asyncio_awaited_by)
    asyncio.future_add_to_awaited_by(f1, f2)
    asyncio.future_add_to_awaited_by(f1, f2)
    print(type(f1._asyncio_awaited_by).__name__, len(f1._asyncio_awaited_by), f2 in f1._asyncio_awaited_by)
    show(asyncio.format_call_graph(f1))
    asyncio.future_add_to_awaited_by(f1, "not a future")
    asyncio.future_add_to_awaited_by(42, f2)
    asyncio.future_discard_from_awaited_by(f1, "not a future")
    print(len(f1._asyncio_awaited_by))
    asyncio.future_discard_from_awaited_by(f1, f2)
    asyncio.future_discard_from_awaited_by(f1, f2)
    print(f1._asyncio_awaited_by)
    try:
        asyncio.future_add_to_awaited_by(f1)
    except TypeError as e:
        print(type(e).__name__)

    gate = loop.create_future()
    bottom = asyncio.create_task(level("bottom", gate), name="bottom")
    middle = asyncio.create_task(level("middle", bottom), name="middle")
    top = asyncio.create_task(level("top", middle), name="top")
    await asyncio.sleep(0)
    show(asyncio.format_call_graph(gate))
    gate.set_result("done")
    print(await top)


asyncio.run(main())
