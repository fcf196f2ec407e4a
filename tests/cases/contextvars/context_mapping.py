# Context as a read-only mapping: [], get, in, len, iteration, keys/values/items.
from contextvars import ContextVar, copy_context

a = ContextVar('a')
b = ContextVar('b', default='b-default')
c = ContextVar('c')
a.set(1)
b.set(2)
ctx = copy_context()
print(len(ctx), bool(ctx), ctx[a], ctx[b], ctx.get(a), ctx.get(c), ctx.get(c, 'dflt'))
print(a in ctx, b in ctx, c in ctx)
print(sorted(var.name for var in ctx))
print(sorted(var.name for var in ctx.keys()))
print(sorted(ctx.values()))
print(sorted((var.name, value) for var, value in ctx.items()))
print(dict(ctx.items()) == {a: 1, b: 2})
try:
    ctx[c]
except KeyError as e:
    print('KeyError', e.args[0] is c)
for bad in (1, 'a', None):
    for op in (lambda: ctx[bad], lambda: bad in ctx, lambda: ctx.get(bad)):
        try:
            op()
        except TypeError as e:
            print(e)
for args in ((), (a, 1, 2)):
    try:
        ctx.get(*args)
    except TypeError as e:
        print(e)
try:
    ctx.get(a, default=2)
except TypeError as e:
    print(e)
for name in ('keys', 'values', 'items', 'copy'):
    try:
        getattr(ctx, name)(1)
    except TypeError as e:
        print(e)
# Values set later in the current context are not in the snapshot.
c.set(3)
print(c in ctx, len(ctx), len(copy_context()))
