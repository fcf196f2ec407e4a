# Tests async comprehensions in non-async functions: list/set/dict forms are SyntaxErrors, an async generator expression is allowed.
sources = [
    "def f(y):\n    return [x async for x in y]\n",
    "def f(y):\n    return {x async for x in y}\n",
    "def f(y):\n    return {x: 1 async for x in y}\n",
    "def f(y):\n    return [await x for x in y]\n",
    "def f(y):\n    return (x async for x in y)\n",
    "async def f(y):\n    def g():\n        return [x async for x in y]\n    return g\n",
    "async def f(y):\n    return lambda: [x async for x in y]\n",
]
for src in sources:
    try:
        compile(src, "<comp>", "exec")
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)

def make(agen):
    return (x * 2 async for x in agen)

async def nums():
    yield 1
    yield 2

async def main():
    g = make(nums())
    print(type(g).__name__, [v async for v in g])

try:
    main().send(None)
except StopIteration:
    print("done")
