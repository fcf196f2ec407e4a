# Tests that 'yield from' inside an async function (generator or not) is a SyntaxError.
sources = [
    "async def f():\n    yield from [1, 2]\n",
    "async def f():\n    x = 1\n    yield 1\n    yield from g()\n",
    "async def f():\n    def inner():\n        yield from [1]\n    return inner\n",
]
for src in sources:
    try:
        compile(src, "<yf>", "exec")
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)
