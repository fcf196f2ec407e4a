# In debug mode futures, tasks and handles remember where they were made (_source_traceback, a
# traceback.StackSummary) and their reprs end with "created at file:line"; handles show their
# callback's arguments and keep their callback when cancelled. Without debug mode: none of it.
import asyncio


def callback(*args):
    pass


async def job():
    await asyncio.sleep(0)


def make_things(loop):
    fut = asyncio.Future(loop=loop)
    handle = loop.call_soon(callback, 1, "two")
    timer = loop.call_at(12345.5, callback)
    task = loop.create_task(job(), name="job")
    return fut, handle, timer, task


async def main(debug):
    loop = asyncio.get_running_loop()
    loop.slow_callback_duration = 60  # slow steps are another case's subject
    print("debug:", loop.get_debug())
    fut, handle, timer, task = make_things(loop)
    print(repr(fut))
    print(repr(handle))
    print(repr(timer))
    print(repr(task))
    if debug:
        tb = fut._source_traceback
        print(type(tb).__name__, [frame.name for frame in tb][-2:], tb[-1].lineno, tb[-1].line)
        print([frame.name for frame in handle._source_traceback][-2:])
    else:
        print(fut._source_traceback, handle._source_traceback, task._source_traceback)
    handle.cancel()
    timer.cancel()
    print(repr(handle))
    fut.cancel()
    await task
    print(repr(task))


asyncio.run(main(True), debug=True)
asyncio.run(main(False))
