# expected: hand-written
# asyncio.capture_call_graph() (CPython 3.14, Lib/asyncio/graph.py and Doc/library/asyncio-graph.rst):
# a frozen FutureCallGraph(future, call_stack, awaited_by) of FrameCallGraphEntry(frame) tuples;
# a suspended task's stack comes from its coroutines (innermost first), the current task's from its
# frames (depth skips some); limit trims each stack; errors outside a loop and for non-futures.
import asyncio
import dataclasses


async def inner(fut):
    return await fut


async def outer(fut):
    return await inner(fut)


def names(graph):
    return [entry.frame.f_code.co_name for entry in graph.call_stack]


def from_helper(depth):
    return names(asyncio.capture_call_graph(depth=depth))


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.create_task(outer(fut), name="outer")
    await asyncio.sleep(0)

    graph = asyncio.capture_call_graph(task)
    print(type(graph).__name__, type(graph.call_stack).__name__, type(graph.awaited_by).__name__)
    print(graph.future is task, graph.awaited_by)
    for entry in graph.call_stack:
        frame = entry.frame
        print(type(entry).__name__, frame.f_code.co_qualname, frame.f_lineno, frame.f_generator.__qualname__)
    try:
        graph.future = None
    except dataclasses.FrozenInstanceError as e:
        print(type(e).__name__, e)

    print("limit 1:", names(asyncio.capture_call_graph(task, limit=1)))
    print("limit -1:", names(asyncio.capture_call_graph(task, limit=-1)))
    print("limit 0:", asyncio.capture_call_graph(task, limit=0).call_stack)

    awaited = asyncio.capture_call_graph(fut)
    print("future:", awaited.call_stack, [g.future is task for g in awaited.awaited_by])

    here = asyncio.capture_call_graph()
    print("current:", here.future is asyncio.current_task(), names(here))
    print("from a helper:", from_helper(1), from_helper(2))

    try:
        asyncio.capture_call_graph(42)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        asyncio.capture_call_graph(future=task)
    except TypeError as e:
        print(type(e).__name__, e)

    loop.call_soon(lambda: print("in a callback:", asyncio.capture_call_graph(), repr(asyncio.format_call_graph())))
    await asyncio.sleep(0)
    fut.set_result("result")
    print(await task)
    return task


task = asyncio.run(main())
try:
    asyncio.capture_call_graph()
except RuntimeError as e:
    print(type(e).__name__, e)
print("finished:", asyncio.capture_call_graph(task).call_stack)
