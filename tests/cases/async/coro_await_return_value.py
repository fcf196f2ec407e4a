# Tests awaiting native coroutines: return values flow back through a chain of awaits, in order.
async def leaf(n):
    print("leaf start", n)
    return n * 10

async def middle(n):
    print("middle before await", n)
    a = await leaf(n)
    b = await leaf(n + 1)
    print("middle after awaits", a, b)
    return a + b

async def top():
    total = 0
    for i in range(3):
        total += await middle(i)
    print("top total", total)
    return ("done", total)

async def no_return():
    await leaf(99)

c = top()
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)

c = no_return()
try:
    c.send(None)
except StopIteration as e:
    print("no return value:", e.value)
