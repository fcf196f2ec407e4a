# Tests keyword argument matching to parameters in any order, mixed with positional and defaults.
def describe(name, kind="animal", legs=4, *, sound="..."):
    return f"{name}: {kind}, {legs} legs, says {sound}"
print(describe("dog", sound="woof"))
print(describe(legs=2, name="bird", kind="avian"))
print(describe("snake", "reptile", 0))
print(describe(sound="moo", legs=4, kind="mammal", name="cow"))
def report(**kw):
    return list(kw.items())
print(report(z=1, a=2, m=3))
def f(a, b, c):
    return a * 100 + b * 10 + c
print(f(1, c=3, b=2), f(c=1, b=2, a=3))
options = dict(b=5, c=6)
print(f(4, **options))
