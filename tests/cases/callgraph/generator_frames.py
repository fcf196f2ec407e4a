# expected: hand-written
# The current task's call stack through generators (CPython 3.14, Lib/asyncio/graph.py): an async
# generator's frame is tagged "async generator", a plain function's has no tag, and a synchronous
# generator ("generator") does not cut the stack short (gh-156988, fixed in 3.14).
import asyncio

from helper_graph import show


def numbers():
    show(asyncio.format_call_graph())
    yield 1


def collect():
    return list(numbers())


async def agen():
    show(asyncio.format_call_graph())
    yield collect()


async def main():
    async for value in agen():
        print(value)


asyncio.run(main())
