# The iterators behind iter(Context), keys(), values() and items(): one-shot, with a length.
from contextvars import ContextVar, Context

ctx = Context()
a = ContextVar('a')
ctx.run(a.set, 'x')
for make in (lambda: iter(ctx), ctx.keys, ctx.values, ctx.items):
    it = make()
    first, second = list(it), list(it)
    print(type(it).__name__, iter(it) is it, len(it), first == [a] or first == ['x'] or first == [(a, 'x')], second, len(it))
keys = ctx.keys()
print(next(keys) is a)
try:
    next(keys)
except StopIteration:
    print('StopIteration')
empty = Context()
print(list(empty), list(empty.items()), len(empty.values()), bool(empty.keys()), bool(ctx.keys()))
