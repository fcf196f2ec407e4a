# Tests sending values into a suspended coroutine through a types.coroutine yield, and what the driver sees each step.
import types

@types.coroutine
def receive(prompt):
    value = yield prompt
    return value

async def accumulator():
    total = 0
    while True:
        v = await receive(f"total={total}")
        if v is None:
            return total
        total += v
        print("added", v)

c = accumulator()
print(c.send(None))
print(c.send(3))
print(c.send(4))
try:
    c.send(None)
except StopIteration as e:
    print("final", e.value)
