# Tests globals() and locals() in module and function scope, and writing through globals().
counter = 1
g = globals()
print(g["counter"], "g" in g, g is globals(), g["__name__"])
g["injected"] = "via globals()"
print(injected)
def func(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(func(1))
def modifies():
    x = 1
    locals()["x"] = 99
    return x
print(modifies())
def nested():
    outer_var = "o"
    def inner():
        return sorted(locals())
    def inner_uses():
        return outer_var, sorted(locals())
    return inner(), inner_uses()
print(nested())
print(locals() is globals())
class K:
    a = 1
    names = sorted(n for n in locals() if not n.startswith("__"))
print(K.names)
