# asyncio.wrap_future: await a concurrent.futures.Future; results, exceptions, cancellation.
import asyncio
import concurrent.futures
import threading


async def main():
    loop = asyncio.get_running_loop()

    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf)
    print(type(af).__name__, af.get_loop() is loop, af.done())
    threading.Thread(target=cf.set_result, args=("done in a thread",)).start()
    print(await af)

    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf, loop=loop)
    threading.Thread(target=cf.set_exception, args=(OSError("disk"),)).start()
    try:
        await af
    except OSError as e:
        print("raised:", e)

    # Cancelling the asyncio future cancels the concurrent one.
    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf)
    af.cancel()
    await asyncio.sleep(0)
    print("cancelled:", af.cancelled(), cf.cancelled())

    # A concurrent future cancelled first: the asyncio one is cancelled too.
    cf = concurrent.futures.Future()
    cf.cancel()
    af = asyncio.wrap_future(cf)
    try:
        await af
    except asyncio.CancelledError:
        print("awaiting raised asyncio.CancelledError:", af.cancelled())

    # An already-finished concurrent future.
    cf = concurrent.futures.Future()
    cf.set_result(7)
    print(await asyncio.wrap_future(cf))

    # An asyncio future is returned as it is; anything else is refused.
    f = loop.create_future()
    print(asyncio.wrap_future(f) is f)
    try:
        asyncio.wrap_future("not a future")
    except AssertionError as e:
        print("AssertionError:", e)

    # An executor's future.
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        print(await asyncio.wrap_future(pool.submit(sum, range(10))))


asyncio.run(main())
