# Tests loop.call_soon/call_later with context=: callbacks run inside the given Context.
import asyncio
import contextvars

tag = contextvars.ContextVar("tag", default="default")


def report(label):
    print(label, tag.get())
    tag.set(label + "-changed")


async def main():
    loop = asyncio.get_running_loop()
    tag.set("main")
    ctx = contextvars.Context()
    ctx.run(tag.set, "in ctx")
    done = loop.create_future()
    loop.call_soon(report, "no context:")
    loop.call_soon(report, "with ctx:", context=ctx)
    loop.call_later(0.01, report, "later ctx:", context=ctx)
    loop.call_later(0.02, done.set_result, None)
    await done
    print("main:", tag.get())
    print("ctx:", ctx[tag])
    # A done callback added with context= also runs in it.
    fut = loop.create_future()
    fut.add_done_callback(lambda f: report("callback:"), context=ctx)
    fut.set_result(1)
    await asyncio.sleep(0)
    print("ctx after callback:", ctx[tag])


asyncio.run(main())
