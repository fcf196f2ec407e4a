# Tests exec() with separate globals and locals: classes and functions defined there, name lookup order.
g = {"factor": 3}
l = {}
exec("class B:\n    def m(self):\n        return factor\ndef f(x):\n    return x * factor\nv = f(2)\n", g, l)
print(l["B"].__qualname__, l["f"].__qualname__, l["v"], l["B"]().m(), sorted(l))
print(eval("v + factor", g, l), "v" in g)
exec("w = 1", g)
print(g["w"], eval("w + 1", g))
