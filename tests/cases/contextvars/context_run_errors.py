# Context.run errors: no callable, a context that is already entered, something not callable.
import re
from contextvars import Context, copy_context


def attempt(label, fn):
    try:
        print(label, '->', fn())
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', re.sub(r'0x[0-9a-fA-F]+', '0x?', str(e)))


ctx = Context()
attempt('no args', lambda: ctx.run())
attempt('only keywords', lambda: ctx.run(x=1))
attempt('not callable', lambda: ctx.run(1))
attempt('enter twice', lambda: ctx.run(ctx.run, lambda: 1))
attempt('enter twice lambda', lambda: ctx.run(lambda: ctx.run(len, 'abc')))
attempt('usable afterwards', lambda: ctx.run(len, 'abc'))
attempt('Context(1)', lambda: Context(1))
attempt('Context(x=1)', lambda: Context(x=1))
attempt('copy_context(1)', lambda: copy_context(1))
attempt('copy_context(x=1)', lambda: copy_context(x=1))
# The current context cannot be entered again either.
current = copy_context()
attempt('current copy', lambda: current.run(lambda: 'fine'))


def enter_current():
    here = current
    return here.run(lambda: 'nested')


attempt('current entered', lambda: current.run(enter_current))
