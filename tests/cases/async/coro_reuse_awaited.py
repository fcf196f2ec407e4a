# Tests awaiting the same coroutine object twice: RuntimeError "cannot reuse already awaited coroutine".
async def value():
    return 42

async def main():
    c = value()
    print("first await", await c)
    try:
        await c
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        c.send(None)
    except RuntimeError as e:
        print("send after finish:", type(e).__name__, e)
    return "ok"

m = main()
try:
    m.send(None)
except StopIteration as e:
    print("main returned", e.value)
try:
    m.send(None)
except RuntimeError as e:
    print("resend main:", e)
