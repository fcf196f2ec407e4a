# Tests error paths of the asyncio core when given the wrong kinds of objects: each raises
# CPython's exception (never an interpreter failure), and private task bookkeeping accepts any loop.
import asyncio
import _asyncio

loop = asyncio.new_event_loop()


async def main():
    s = asyncio.sleep(0)
    try:
        s.throw(5)
    except TypeError as e:
        print("sleep().throw(5):", e)
    s.close()
    s = asyncio.sleep("x")
    try:
        await s
    except TypeError as e:
        print("await sleep('x'):", e)


cases = [
    lambda: _asyncio._enter_task(5, 6),
    lambda: _asyncio._enter_task(5, 7),
    lambda: _asyncio._leave_task(5, 7),
    lambda: _asyncio._leave_task(5, 6),
    lambda: _asyncio._swap_current_task(5, 6),
    lambda: _asyncio._swap_current_task(5, None),
    lambda: asyncio.Future(loop=5),
    lambda: loop.create_task(5),
    lambda: loop.call_later("a", print),
    lambda: loop.call_later(None, print),
    lambda: loop.call_at(None, print),
    lambda: loop.run_until_complete(5),
    lambda: asyncio.set_event_loop(5),
    lambda: loop.set_exception_handler(5),
    lambda: loop.set_task_factory(5),
]
for case in cases:
    try:
        print("ok:", case())
    except BaseException as e:
        print(type(e).__name__ + ":", e)
loop.run_until_complete(main())
loop.close()
