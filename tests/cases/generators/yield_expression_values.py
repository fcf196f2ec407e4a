# Tests yield as an expression: values of yield without send, yield in different expression positions.
def gen():
    x = yield 1
    print("x =", x)
    y = (yield 2) or "default"
    print("y =", y)
    z = [(yield 3), (yield 4)]
    print("z =", z)
g = gen()
print(next(g))
print(next(g))
print(g.send(""))
print(g.send("a"))
try:
    g.send("b")
except StopIteration:
    print("done")
def bare_yields():
    yield
    yield
print(list(bare_yields()))
def lam():
    f = lambda: (yield 5)
    return list(f())
print(lam())
