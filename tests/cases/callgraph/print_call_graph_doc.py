# expected: hand-written
# The example of CPython 3.14's documentation of asyncio.print_call_graph() (Doc/library/
# asyncio-graph.rst), with the layout of Lib/asyncio/graph.py: the current task's stack, then the
# task awaiting it (TaskGroup's parent, stopped in the group's __aexit__). print_call_graph()'s own
# frame is not shown (gh-156327, fixed in 3.14).
import asyncio
import io

from helper_graph import show


async def test():
    buf = io.StringIO()
    asyncio.print_call_graph(file=buf)
    show(buf.getvalue().rstrip("\n"))


async def main():
    async with asyncio.TaskGroup() as g:
        g.create_task(test(), name="test")


asyncio.run(main())
