# Tests the traceback of an exception raised inside an async generator and escaping through async for in a hand-driven coroutine.
async def records(raw):
    for item in raw:
        yield item["id"]

async def main():
    async for rid in records([{"id": 1}, {"name": "x"}]):
        print("record", rid)

main().send(None)
