# Tests asyncio.shield: cancelling the awaiting task raises CancelledError there while the shielded task keeps running.
import asyncio

async def important():
    await asyncio.sleep(0.03)
    print("important work finished")
    return "saved"

async def caller(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("caller cancelled; inner cancelled?", inner.cancelled())
        raise

async def main():
    inner = asyncio.create_task(important())
    t = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("caller task cancelled:", t.cancelled())
    print("inner result:", await inner)
    done = asyncio.get_running_loop().create_future()
    done.set_result("already done")
    print("shield of a done future returns it:", asyncio.shield(done) is done)
    print("shield of a coroutine:", await asyncio.shield(asyncio.sleep(0, "wrapped")))

asyncio.run(main())
