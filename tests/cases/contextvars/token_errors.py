# Misused tokens: used twice, given to another variable, reset in another context, created directly.
import re
from contextvars import ContextVar, Context, Token


def attempt(label, fn):
    try:
        fn()
        print(label, '-> ok')
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', re.sub(r'0x[0-9a-fA-F]+', '0x?', str(e)))


v = ContextVar('v')
w = ContextVar('w')
t = v.set(1)
attempt('wrong var', lambda: w.reset(t))
attempt('right var', lambda: v.reset(t))
attempt('used twice', lambda: v.reset(t))
attempt('wrong var and used', lambda: w.reset(t))
t2 = v.set(2)
attempt('other context', lambda: Context().run(v.reset, t2))
attempt('copied context', lambda: Context().run(lambda: v.reset(t2)))
attempt('still usable', lambda: v.reset(t2))
attempt('Token()', lambda: Token())
attempt('Token(1)', lambda: Token(1))
attempt('MISSING type', lambda: type(Token.MISSING)())
# A token made inside Context.run belongs to that context.
ctx = Context()
inner = ctx.run(v.set, 'inside')
attempt('outside its context', lambda: v.reset(inner))
attempt('inside its context', lambda: ctx.run(v.reset, inner))
print(ctx.get(v, 'gone'), len(ctx))
