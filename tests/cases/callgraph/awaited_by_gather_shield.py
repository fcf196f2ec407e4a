# expected: hand-written
# Who awaits whom, as CPython 3.14 records it (Lib/asyncio/tasks.py, _asyncio): a task awaiting a
# future or another task, gather() (the calling task awaits each child), shield() (the calling task
# awaits the inner task); the record goes when the awaited one finishes. Printed through
# format_call_graph() with ids masked.
import asyncio

from helper_graph import show


async def child(gate):
    return await gate


async def gatherer(a, b):
    return await asyncio.gather(a, b)


async def shielder(inner):
    return await asyncio.shield(inner)


async def main():
    loop = asyncio.get_running_loop()
    gate = loop.create_future()
    a = asyncio.create_task(child(gate), name="a")
    b = asyncio.create_task(child(gate), name="b")
    g = asyncio.create_task(gatherer(a, b), name="gatherer")
    await asyncio.sleep(0)
    show(asyncio.format_call_graph(a))
    print(gate._asyncio_awaited_by == {a, b}, g._asyncio_awaited_by)

    inner = asyncio.create_task(child(gate), name="inner")
    s = asyncio.create_task(shielder(inner), name="shielder")
    await asyncio.sleep(0)
    show(asyncio.format_call_graph(inner))

    waiter = asyncio.create_task(asyncio.wait_for(s, None), name="waiter")
    await asyncio.sleep(0)
    show(asyncio.format_call_graph(s, limit=0))

    gate.set_result("open")
    print(await g, await waiter)
    print(a._asyncio_awaited_by, inner._asyncio_awaited_by, s._asyncio_awaited_by, gate._asyncio_awaited_by)


asyncio.run(main())
