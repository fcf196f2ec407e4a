# Tests that 'return <value>' in an async generator is a SyntaxError, while a bare return is allowed.
sources = [
    "async def f():\n    yield 1\n    return 2\n",
    "async def f():\n    return 5\n    yield\n",
    "async def f():\n    yield 1\n    return\n",
    "async def f():\n    yield 1\n    return None\n",
]
for src in sources:
    try:
        compile(src, "<agen>", "exec")
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)
