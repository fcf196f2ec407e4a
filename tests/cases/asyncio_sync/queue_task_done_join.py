# Tests asyncio.Queue.join(): it waits until task_done() was called once per item put.
import asyncio


async def main():
    q = asyncio.Queue()
    log = []
    await q.join()  # nothing unfinished: returns at once
    log.append("empty join returned")
    for i in range(3):
        q.put_nowait(i)

    async def worker():
        while True:
            item = await q.get()
            await asyncio.sleep(0.01)
            log.append(f"processed {item}")
            q.task_done()

    w = asyncio.create_task(worker())
    await q.join()
    log.append("join returned")
    print("\n".join(log))
    print("qsize", q.qsize(), str(q))
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)
    print("worker cancelled:", w.cancelled())


asyncio.run(main())
