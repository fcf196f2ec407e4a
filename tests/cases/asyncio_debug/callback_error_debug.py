# A callback that raises, in debug mode: the loop's exception handler report adds the handle with
# its arguments and "created at", and "source_traceback: Object created at (most recent call
# last)" (where call_soon() was called). A report made from inside a callback names the handle
# running it instead ("handle_traceback: Handle created at"). run_until_complete() keeps the stack
# short enough that all of it is kept (asyncio keeps 10 frames).
import asyncio


def broken(value):
    raise ValueError(f"bad value {value}")


def report_from_handler(loop):
    loop.call_exception_handler({"message": "reported by a callback"})


def schedule(loop):
    loop.call_soon(broken, 42)
    loop.call_soon(report_from_handler, loop)


async def main():
    schedule(asyncio.get_running_loop())
    await asyncio.sleep(0)
    print("main goes on")


loop = asyncio.new_event_loop()
loop.set_debug(True)
loop.slow_callback_duration = 60  # the first report imports logging: not what this case is about
loop.run_until_complete(main())
loop.close()
