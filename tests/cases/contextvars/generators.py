# Generators and closures see whatever context is current when they run (no per-generator context).
from contextvars import ContextVar, Context

v = ContextVar('v', default='unset')


def gen():
    while True:
        yield v.get()


g = gen()
print(next(g))
ctx = Context()
ctx.run(v.set, 'in ctx')
print(ctx.run(next, g), next(g))
v.set('outer')
print(next(g), ctx.run(next, g))


def setter():
    yield v.set('set by generator')
    yield v.get()


s = setter()
ctx2 = Context()
token = ctx2.run(next, s)
print(ctx2[v], v.get(), ctx2.run(next, s))
ctx2.run(v.reset, token)
print(ctx2.get(v, 'reset'), len(ctx2))
