# Tests the traceback shape of an uncaught exception raised three awaits deep in a hand-driven coroutine.
async def parse(text):
    return int(text)

async def load(items):
    out = []
    for item in items:
        out.append(await parse(item))
    return out

async def main():
    print("loading")
    values = await load(["1", "2", "x3"])
    print("never printed", values)

main().send(None)
