# Tests the read-only mapping API of contextvars.Context: len, iter, in, keys/values/items, get.
import contextvars

names = [contextvars.ContextVar(f"v{i}") for i in range(3)]
unset = contextvars.ContextVar("unset", default="d")
ctx = contextvars.Context()


def fill():
    for i, var in enumerate(names):
        var.set(i * 10)


ctx.run(fill)
print(len(ctx), all(v in ctx for v in names), unset in ctx)
print(sorted(var.name for var in ctx))
print(sorted(var.name for var in ctx.keys()))
print(sorted(ctx.values()))
print(sorted((var.name, val) for var, val in ctx.items()))
print(ctx[names[1]], ctx.get(names[2]), ctx.get(unset), ctx.get(unset, "default"))
try:
    ctx[unset]
except KeyError as e:
    print("KeyError", e.args[0] is unset)
try:
    ctx["v0"]
except TypeError as e:
    print("TypeError:", e)
try:
    ctx[names[0]] = 5
except TypeError as e:
    print("TypeError:", type(e).__name__)
import collections.abc
print(isinstance(ctx, collections.abc.Mapping))
copy = ctx.copy()
print(type(copy).__name__, len(copy), copy is ctx, copy == ctx)
copy.run(names[0].set, -1)
print(copy[names[0]], ctx[names[0]], copy == ctx)
print(contextvars.Context() == contextvars.Context())
try:
    "v0" in ctx
except TypeError as e:
    print("TypeError:", e)
