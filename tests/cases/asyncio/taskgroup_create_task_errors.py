# Tests TaskGroup.create_task misuse: before entering, after exiting, after shutdown by an error, and re-entering a group.
import asyncio

async def noop():
    pass

async def main():
    tg = asyncio.TaskGroup()
    c = noop()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("before enter:", e)
    c.close()
    async with tg:
        pass
    c = noop()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("after exit:", e)
    c.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("re-enter:", e)

    async def fail():
        raise ValueError("x")
    try:
        async with asyncio.TaskGroup() as tg2:
            tg2.create_task(fail())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                c = noop()
                try:
                    tg2.create_task(c)
                except RuntimeError as e:
                    print("while shutting down:", e)
                c.close()
                raise
    except* ValueError:
        print("group failed as expected")

asyncio.run(main())
