# Tests the RuntimeErrors of asyncio.Condition used without holding its lock.
import asyncio


async def main():
    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait:", e)
    try:
        await cond.wait_for(lambda: False)
    except RuntimeError as e:
        print("wait_for:", e)
    for call in (cond.notify, cond.notify_all):
        try:
            call()
        except RuntimeError as e:
            print(call.__name__ + ":", e)
    try:
        cond.release()
    except RuntimeError as e:
        print("release:", e)
    # wait_for with a true predicate never touches the lock.
    print("true predicate:", await cond.wait_for(lambda: 42))


asyncio.run(main())
