# Tests how await binds in expressions: with **, unary minus, attribute access, calls, subscripts and parentheses.
class Box:
    def __init__(self, v):
        self.v = v

async def num(v):
    return v

async def box(v):
    return Box(v)

async def make_list():
    return [10, 20, 30]

async def make_fn():
    return lambda x: x + 1

async def main():
    print(await num(2) ** 3)
    print(-await num(5))
    print((await box(7)).v)
    print((await make_list())[1])
    print((await make_fn())(41))
    print(await num(1) + await num(2) * await num(3))
    print(not await num(0), await num(3) if await num(True) else "no")
    print(f"{await num('x')}-{await num(3) * 2}")
    print([await num(i) for i in range(3)], await num(await num(9)))
    return "ok"

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
