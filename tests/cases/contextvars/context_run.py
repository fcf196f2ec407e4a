# Context.run: calls inside the context, passes arguments through, and keeps changes there.
from contextvars import ContextVar, Context, copy_context

v = ContextVar('v', default='default')
v.set('outer')


def body(*args, **kwargs):
    before = v.get()
    v.set('inner')
    return before, v.get(), args, sorted(kwargs.items())


ctx = copy_context()
print(ctx.run(body, 1, 2, x=3, y=4))
print(v.get(), ctx[v])
print(ctx.run(v.get))
print(Context().run(v.get))
print(ctx.run(body))
print(ctx.run(lambda: copy_context()[v]))
# An exception leaves the context, keeping the changes made before it.


def fails():
    v.set('before error')
    raise ValueError('boom')


try:
    ctx.run(fails)
except ValueError as e:
    print('caught', e, v.get(), ctx[v])
# Running a context inside another one.
other = Context()
print(ctx.run(other.run, v.get), ctx.run(lambda: other.run(lambda: v.get())))
print(ctx.run(ctx.copy().run, v.get))
