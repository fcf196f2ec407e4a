# Tests eval() of expressions and exec() of statements with explicit globals/locals dicts.
print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("'ab' * 2"))
x = 10
print(eval("x + 1"), eval("x + y", {"x": 1, "y": 2}), eval("x", {}, {"x": "local"}))
ns = {}
exec("def double(n):\n    return n * 2\nresult = double(21)", ns)
print(ns["result"], ns["double"](5), "__builtins__" in ns)
code = """
total = 0
for i in range(5):
    total += i
"""
scope = {}
exec(code, scope)
print(scope["total"])
print(exec("1 + 1"))
exec("created_here = 'module level'")
print(created_here)
g = {"__builtins__": {}}
try:
    eval("len([1])", g)
except NameError as e:
    print(type(e).__name__, e)
compiled = compile("a * b", "<expr>", "eval")
print(eval(compiled, {"a": 6, "b": 7}))
