# Tests SyntaxError messages and positions for misuse of await/async via compile().
sources = [
    "await x\n",
    "def f():\n    await x\n",
    "def f():\n    async for x in y:\n        pass\n",
    "def f():\n    async with x:\n        pass\n",
    "async for x in y:\n    pass\n",
    "async with x:\n    pass\n",
    "lambda: await x\n",
    "async def f():\n    return lambda: await x\n",
    "class C:\n    await x\n",
    "async def f():\n    class C:\n        await x\n",
    "async def f():\n    return [(yield x) async for x in y]\n",
    "async def f():\n    return [x async for x in (yield)]\n",
    "await = 1\n",
    "async = 1\n",
    "def async(): pass\n",
    "async lambda: 1\n",
    "async x = 1\n",
    "async def f():\n    await\n",
    "async def f():\n    x = [await for y in z]\n",
]
for src in sources:
    try:
        compile(src, "<async>", "exec")
        print("compiles:", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, "| line", e.lineno, "col", e.offset)
