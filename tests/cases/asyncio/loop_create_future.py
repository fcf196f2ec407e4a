# Tests loop.create_future(): a pending Future bound to the loop, resolved by a callback and awaited by a task.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(type(fut).__name__, "done:", fut.done(), "same loop:", fut.get_loop() is loop)
    print("isfuture:", asyncio.isfuture(fut))
    loop.call_soon(fut.set_result, "resolved")
    print("awaiting")
    value = await fut
    print("got:", value, "done:", fut.done())
    # awaiting a finished future again returns the same result at once
    print("again:", await fut)
    other = loop.create_future()
    print("distinct futures:", other is not fut)
    other.cancel()

asyncio.run(main())
