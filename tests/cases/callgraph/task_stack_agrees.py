# expected: hand-written
# Task.get_stack() / print_stack() and the call graph read the same frames (CPython 3.14,
# Lib/asyncio/base_tasks.py and graph.py): a suspended task's stack is its outermost coroutine frame
# (a suspended frame has no f_back), its call graph follows cr_await down to the innermost one;
# sys._getframe() in the running task sees its frames and f_generator, the coroutine running each.
import asyncio
import io
import sys


async def inner(gate):
    return await gate


async def outer(gate):
    return await inner(gate)


async def running():
    frame = sys._getframe()
    coro = frame.f_generator
    print(type(coro).__name__, coro.__qualname__, coro.cr_frame is frame, frame.f_back.f_generator)
    stack = asyncio.current_task().get_stack()
    print([f.f_code.co_name for f in stack][-1])
    return [e.frame is frame for e in asyncio.capture_call_graph().call_stack]


async def main():
    gate = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(outer(gate), name="outer")
    await asyncio.sleep(0)
    stack = task.get_stack()
    print([(f.f_code.co_name, f.f_lineno, f.f_back) for f in stack])
    print(stack[0] is task.get_coro().cr_frame)
    graph = asyncio.capture_call_graph(task)
    print([(e.frame.f_code.co_name, e.frame.f_lineno) for e in graph.call_stack])
    print(graph.call_stack[-1].frame is stack[0], task.get_coro().cr_await.cr_frame is graph.call_stack[0].frame)
    print(task.get_stack(limit=0))
    buf = io.StringIO()
    task.print_stack(file=buf)
    print(buf.getvalue().replace(repr(task), "<task>"), end="")
    gate.set_result(None)
    await task
    print(await asyncio.create_task(running()))


asyncio.run(main())
