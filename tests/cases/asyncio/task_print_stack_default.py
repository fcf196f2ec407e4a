# Tests Task.print_stack() defaults for a failed task: the header and exception line go to stdout, the frame lines to stderr.
import asyncio

async def fail():
    raise ZeroDivisionError("nope")

async def main():
    t = asyncio.create_task(fail(), name="broken")
    await asyncio.sleep(0)
    print("exception:", repr(t.exception()))
    t.print_stack()

asyncio.run(main())
