# Tests Future/Task cancel(msg=...): the message appears in CancelledError.args when awaited and from result()/exception().
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print("cancel with msg:", f.cancel(msg="shutting down"))
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("result() args:", e.args)
    try:
        await f
    except asyncio.CancelledError as e:
        print("await args:", e.args)
    g = loop.create_future()
    g.cancel()
    try:
        g.exception()
    except asyncio.CancelledError as e:
        print("no message args:", e.args)

    async def sleeper():
        await asyncio.sleep(1)
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel("task message")
    try:
        await t
    except asyncio.CancelledError as e:
        print("task await args:", e.args)
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("task result() args:", e.args)
    g2 = loop.create_future()
    g2.cancel(msg=None)
    try:
        g2.result()
    except asyncio.CancelledError as e:
        print("msg=None args:", e.args)

asyncio.run(main())
