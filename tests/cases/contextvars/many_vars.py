# Many variables in one context: every value is found, copies are independent, resets unwind in any order.
from contextvars import ContextVar, Context, copy_context

variables = [ContextVar(f'v{i}') for i in range(2000)]
ctx = Context()
tokens = ctx.run(lambda: [v.set(i) for i, v in enumerate(variables)])
print(len(ctx), all(ctx[v] == i for i, v in enumerate(variables)))
snapshot = ctx.copy()
ctx.run(lambda: [v.set(-i) for i, v in enumerate(variables[::2])])
print(sum(ctx.values()), sum(snapshot.values()), len(snapshot))
print(all(ctx[v] == (-i // 2 if i % 2 == 0 else i) for i, v in enumerate(variables)))
# Reset every other token in reverse, then the rest forwards.
ctx.run(lambda: [v.reset(t) for v, t in list(zip(variables, tokens))[::-2]])
print(len(ctx), sorted(var.name for var in ctx)[:3])
ctx.run(lambda: [v.reset(t) for v, t in list(zip(variables, tokens))[::2]])
print(len(ctx), list(ctx), snapshot == ctx, len(snapshot))
print(set(snapshot.keys()) == set(variables), sorted(snapshot.values()) == list(range(2000)))
print(len(copy_context()) == 0)
